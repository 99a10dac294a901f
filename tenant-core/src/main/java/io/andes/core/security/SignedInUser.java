package io.andes.core.security;

import io.andes.core.tenancy.TenantId;
import java.io.Serializable;
import java.util.Set;

/**
 * The caller of a browser session, as kept in the HTTP session (serialisable, so sessions can be shared by a cluster).
 * Taken from the access token of the login, verified like any bearer token.
 */
public record SignedInUser(String subject, String username, String tenant, Set<String> roles) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Session attribute holding the signed-in user. */
    public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public static SignedInUser of(CurrentUser user) {
        return new SignedInUser(
                user.subject(),
                user.username(),
                user.tenant().map(TenantId::value).orElse(null),
                user.roles());
    }

    public CurrentUser from(String address) {
        return new CurrentUser(subject, username, tenant == null ? null : new TenantId(tenant), roles, address);
    }
}
