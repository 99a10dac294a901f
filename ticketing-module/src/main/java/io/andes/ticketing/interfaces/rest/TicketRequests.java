package io.andes.ticketing.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Request bodies of the ticket API; the domain validates the values again. */
public final class TicketRequests {

    private TicketRequests() {}

    public record Open(
            @NotBlank @Size(max = 40) String serviceCode,
            @NotNull Long categoryId,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 20_000) String description,
            @Size(max = 30) String contactPhone,
            @Size(max = 20) String continues,
            @Size(max = 50) Map<String, Object> fields) {}

    public record Reply(@NotBlank @Size(max = 20_000) String body) {}

    public record Reopen(@NotBlank @Size(max = 1000) String reason) {}

    public record Answer(@NotBlank @Size(max = 20_000) String body, boolean internal, boolean waitForCustomer) {}

    /** Staff raise a ticket to urgent; the reason goes to the audit log and an internal note. */
    public record Urgency(@NotBlank @Size(max = 500) String reason) {}
}
