package io.andes.core.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the integrations API: webhook endpoints and notification settings. */
public final class WebhookRequests {

    private WebhookRequests() {}

    /** {@code events} may be left out: every subscribable event. */
    public record Create(@NotBlank @Size(max = 500) String url, @Size(max = 10) List<@NotBlank String> events) {}

    public record Settings(@NotNull Boolean sms) {}

    public record Settled(boolean sms) {}

    /** The answer to a test: the id of the ping event that was queued. */
    public record Ping(String eventId) {}
}
