package io.andes.core.domain.user;

import io.andes.core.tenancy.TenantId;

/**
 * The identity provider's user accounts (Keycloak): credentials, the {@code tenant} attribute and realm roles live
 * there. Every call either succeeds or throws {@link IdentityProviderException}; callers compensate.
 */
public interface IdentityAccounts {

    /** Creates an enabled account whose username is the e-mail; answers its id. */
    String create(TenantId tenant, EmailAddress email, PersonName name);

    void grantRole(String accountId, String realmRole);

    void revokeRole(String accountId, String realmRole);

    /** Sends the e-mail in which the person sets a password (the provider's own mail, in Spanish). */
    void sendSetPasswordEmail(String accountId);

    void setEnabled(String accountId, boolean enabled);

    /** Removes an account created by a change that did not complete. */
    void delete(String accountId);
}
