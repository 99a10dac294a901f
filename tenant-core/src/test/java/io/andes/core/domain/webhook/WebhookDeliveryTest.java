package io.andes.core.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.api.NotificationChannel;
import io.andes.core.api.NotificationStatus;
import io.andes.core.domain.notification.OutboxMessage;
import io.andes.core.domain.notification.RetryPolicy;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aWebhookMessageKeepsItsDeliveryIdAndBodyAcrossRetries() {
        OutboxMessage message = OutboxMessage.webhook(
                "d-1", "e-1", "https://hooks.example.com/a", "ticket.created", "{\"id\":\"ev-1\"}", AT);
        RetryPolicy policy = new RetryPolicy(3, () -> 0.5);

        WebhookDelivery first = message.webhookDelivery("whsec_1");
        message.attemptFailed("webhook answered HTTP 500", AT, policy);
        WebhookDelivery second = message.webhookDelivery("whsec_1");

        assertThat(second).isEqualTo(first);
        assertThat(first.id()).isEqualTo("d-1");
        assertThat(first.eventType()).isEqualTo("ticket.created");
        assertThat(first.toString()).doesNotContain("whsec_1");
        assertThat(message.webhookEndpointId()).isEqualTo("e-1");
        assertThat(message.view().channel()).isEqualTo(NotificationChannel.WEBHOOK);
        assertThat(message.view().recipient()).isEqualTo("https://hooks.example.com/a");
        assertThat(message.view().subject()).isEqualTo("ticket.created");
        assertThat(message.status()).isEqualTo(NotificationStatus.PENDING);
    }

    @Test
    void anEndpointGetsOnlyItsSubscribedEventsAndAlwaysAPing() {
        WebhookEndpoint endpoint = new WebhookEndpoint(
                "e-1",
                WebhookUrl.parse("https://hooks.example.com/a", false),
                Set.of(WebhookEventType.TICKET_UPDATED),
                "whsec_1",
                AT);

        assertThat(endpoint.wants(WebhookEventType.TICKET_UPDATED)).isTrue();
        assertThat(endpoint.wants(WebhookEventType.TICKET_CREATED)).isFalse();
        assertThat(endpoint.wants(WebhookEventType.PING)).isTrue();
        assertThat(endpoint.view().events()).containsExactly("ticket.updated");
        assertThat(endpoint.view().toString()).doesNotContain("whsec_1");
    }
}
