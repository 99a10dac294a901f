package io.andes.ticketing.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the agents' desk routes; the application validates the values again. */
public final class DeskRequests {

    private DeskRequests() {}

    /** Merge this ticket into {@code into} (a number of the same tenant, such as T-000007). */
    public record Merge(@NotBlank @Size(max = 20) String into) {}

    public record Assignment(@NotBlank @Size(max = 200) String agent) {}

    public record CannedText(@NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 20_000) String body) {}

    public record Route(@NotBlank @Size(max = 40) String queue) {}
}
