package io.andes.core.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the tenant users' API; the use cases validate the values themselves too. */
public final class UserRequests {

    private UserRequests() {}

    public record Invite(
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Size(max = 40) String role) {}

    public record RoleChange(@NotBlank @Size(max = 40) String role) {}
}
