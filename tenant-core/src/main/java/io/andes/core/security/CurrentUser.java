package io.andes.core.security;

import io.andes.core.tenancy.TenantId;
import java.io.Serializable;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the same value whether the caller came with a browser session or a bearer token. A tenant user
 * always has a tenant; staff never do (they reach a tenant's data only through an audited staff call).
 */
public record CurrentUser(String subject, String username, TenantId tenantId, Set<String> roles, String address)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public static CurrentUser anonymous(String address) {
        return new CurrentUser(null, "anonymous", null, Collections.emptySet(), address);
    }

    /** The same user calling from another address. */
    public CurrentUser from(String otherAddress) {
        return new CurrentUser(subject, username, tenantId, roles, otherAddress);
    }

    /** The caller's tenant; staff and anonymous callers have none. */
    public Optional<TenantId> tenant() {
        return Optional.ofNullable(tenantId);
    }

    public boolean isAuthenticated() {
        return subject != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean isStaff() {
        return hasAnyRole(Roles.STAFF_ROLES);
    }

    /** The name written in audit records: readable, and unique through the subject. */
    public String auditName() {
        return subject == null ? username : username + " (" + subject + ")";
    }
}
