package io.andes.core.application;

import io.andes.core.domain.notification.DeliveryException;
import io.andes.core.domain.notification.OutboxMessage;
import io.andes.core.domain.webhook.WebhookEndpoint;
import io.andes.core.domain.webhook.WebhookEndpointRepository;
import io.andes.core.domain.webhook.WebhookSender;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The outbox's webhook channel: signs a claimed message with its endpoint's current secret and POSTs it. An endpoint
 * deleted since the event was queued is a failed attempt (and, after the last one, a FAILED message staff can see).
 */
@ApplicationScoped
class WebhookDispatch {

    @Inject
    WebhookEndpointRepository endpoints;

    @Inject
    WebhookSender sender;

    void send(TenantId tenant, OutboxMessage message) throws DeliveryException {
        WebhookEndpoint endpoint = endpoints
                .findForDelivery(tenant, message.webhookEndpointId())
                .orElseThrow(() -> new DeliveryException("webhook endpoint deleted"));
        sender.send(message.webhookDelivery(endpoint.secret()));
    }
}
