package io.andes.core.api;

import java.util.List;

/**
 * Outbound webhooks of the bound tenant. A module {@link #publish publishes} an event inside its own transaction; one
 * outbox message per subscribed endpoint is written with it, so the event leaves only if the change commits, and is
 * then POSTed, signed, and retried like any other notification (channel {@code WEBHOOK}).
 */
public interface Webhooks {

    /**
     * Queues event {@code type} ({@code ticket.created}, …) with {@code data} (serialised as JSON) for every active
     * endpoint subscribed to it; requires the caller's transaction. Answers the event's id.
     */
    String publish(String type, Object data);

    /** The names of the events an endpoint may subscribe to. */
    List<String> eventTypes();

    /** Registers an endpoint; a bad URL or event name is a 400 naming the field. */
    NewWebhook create(String url, List<String> events);

    List<WebhookView> list();

    /** Removes an endpoint; unknown (or another tenant's) is a 404. */
    void delete(String id);

    /** Queues a {@code webhook.ping} to the endpoint; answers the delivery id. */
    String ping(String id);
}
