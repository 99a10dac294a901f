package io.andes.core.api;

/** Who to invite into the bound tenant: the e-mail is also the login name; the invitee sets the password. */
public record UserInvitation(String email, String firstName, String lastName, TenantRole role) {}
