package io.andes.core.api;

/**
 * The bound tenant's users. Every active user holds one {@code USERS} slot: an invitation takes a slot and creates the
 * account in the identity provider together (both or neither), a deactivation frees it. Only the tenant's own roles
 * can be granted, and only to the tenant's own users.
 */
public interface TenantUserService {

    /** The tenant's users, active first, by e-mail. */
    Page<TenantUserView> list(PageRequest page);

    /** Creates the account and sends the set-password e-mail; refused when the USERS quota is full. */
    TenantUserView invite(UserInvitation invitation);

    TenantUserView changeRole(String userId, TenantRole role);

    /** Disables the account (it can no longer sign in) and frees its USERS slot. */
    TenantUserView deactivate(String userId);
}
