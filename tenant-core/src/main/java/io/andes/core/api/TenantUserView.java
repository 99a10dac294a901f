package io.andes.core.api;

import java.time.Instant;

/** A person of a tenant who may sign in: who, with which role, and whether the account is active. */
public record TenantUserView(
        String id,
        String email,
        String firstName,
        String lastName,
        TenantRole role,
        String status,
        Instant invitedAt,
        String invitedBy) {

    public static final String ACTIVE = "ACTIVE";
    public static final String DEACTIVATED = "DEACTIVATED";

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public String fullName() {
        return (firstName + " " + lastName).trim();
    }
}
