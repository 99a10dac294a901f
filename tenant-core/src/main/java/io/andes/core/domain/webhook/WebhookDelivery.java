package io.andes.core.domain.webhook;

/**
 * One attempt to deliver an event to one endpoint. {@code id} is the outbox message's id: the same on every retry,
 * so a receiver can drop duplicates by it.
 */
public record WebhookDelivery(String id, String url, String eventType, String body, String secret) {

    @Override
    public String toString() {
        return "WebhookDelivery[" + id + " " + eventType + " to " + url + "]"; // never the secret
    }
}
