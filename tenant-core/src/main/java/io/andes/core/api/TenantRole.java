package io.andes.core.api;

import io.andes.core.security.Roles;
import java.util.Arrays;
import java.util.Optional;

/** The two roles a tenant's own people can hold; staff roles are never granted from a tenant. */
public enum TenantRole {
    TENANT_USER(Roles.TENANT_USER),
    TENANT_ADMIN(Roles.TENANT_ADMIN);

    private final String realmRole;

    TenantRole(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The identity provider's realm role of the same name, e.g. {@code tenant-admin}. */
    public String realmRole() {
        return realmRole;
    }

    /** The role named either way ({@code TENANT_ADMIN} or {@code tenant-admin}); empty for anything else. */
    public static Optional<TenantRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(text.trim()) || r.realmRole.equalsIgnoreCase(text.trim()))
                .findFirst();
    }
}
