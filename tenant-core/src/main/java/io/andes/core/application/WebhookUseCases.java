package io.andes.core.application;

import io.andes.core.api.NewWebhook;
import io.andes.core.api.WebhookView;
import io.andes.core.api.Webhooks;
import io.andes.core.domain.notification.OutboxMessage;
import io.andes.core.domain.notification.OutboxRepository;
import io.andes.core.domain.webhook.WebhookEndpoint;
import io.andes.core.domain.webhook.WebhookEndpointRepository;
import io.andes.core.domain.webhook.WebhookEventType;
import io.andes.core.domain.webhook.WebhookSignature;
import io.andes.core.domain.webhook.WebhookUrl;
import io.andes.core.infrastructure.Ids;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The bound tenant's webhook endpoints and the events published to them; see {@link Webhooks}. */
@ApplicationScoped
public class WebhookUseCases implements Webhooks {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    WebhookEndpointRepository endpoints;

    @Inject
    OutboxRepository outbox;

    @Inject
    TenantBinding binding;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "andes.webhooks.allow-loopback", defaultValue = "false")
    boolean allowLoopback;

    @Override
    @Transactional(TxType.MANDATORY)
    public String publish(String type, Object data) {
        return queue(WebhookEventType.fromWire(type), data, endpoints.all());
    }

    @Override
    public List<String> eventTypes() {
        return WebhookEventType.subscribable().stream()
                .map(WebhookEventType::wireName)
                .toList();
    }

    @Override
    @Transactional
    public NewWebhook create(String url, List<String> events) {
        String secret = WebhookSignature.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(
                Ids.next(),
                WebhookUrl.parse(url, allowLoopback),
                WebhookEventType.subscription(events),
                secret,
                clock.instant());
        endpoints.add(endpoint);
        return new NewWebhook(endpoint.view(), secret);
    }

    @Override
    @Transactional
    public List<WebhookView> list() {
        return endpoints.all().stream().map(WebhookEndpoint::view).toList();
    }

    @Override
    @Transactional
    public void delete(String id) {
        endpoints.remove(existing(id));
    }

    @Override
    @Transactional
    public String ping(String id) {
        WebhookEndpoint endpoint = existing(id);
        return queue(WebhookEventType.PING, Map.of("endpoint", endpoint.id()), List.of(endpoint));
    }

    private String queue(WebhookEventType type, Object data, List<WebhookEndpoint> candidates) {
        String eventId = Ids.next();
        Instant now = clock.instant();
        String json = JSON.toJson(new WebhookEvent(
                eventId, type.wireName(), now, binding.require().value(), data));
        candidates.stream()
                .filter(endpoint -> endpoint.wants(type))
                .forEach(endpoint -> outbox.add(
                        OutboxMessage.webhook(Ids.next(), endpoint.id(), endpoint.url(), type.wireName(), json, now)));
        return eventId;
    }

    private WebhookEndpoint existing(String id) {
        return endpoints
                .find(id == null ? "" : id)
                .orElseThrow(() -> ProblemException.notFound("el webhook " + id, "Webhook " + id));
    }

    /** The JSON every receiver gets: {@code {id, type, occurredAt, tenant, data}}. */
    @JsonbPropertyOrder({"id", "type", "occurredAt", "tenant", "data"})
    public record WebhookEvent(String id, String type, Instant occurredAt, String tenant, Object data) {}
}
