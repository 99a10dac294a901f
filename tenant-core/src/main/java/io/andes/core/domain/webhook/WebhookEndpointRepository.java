package io.andes.core.domain.webhook;

import io.andes.core.tenancy.TenantId;
import java.util.List;
import java.util.Optional;

/** The bound tenant's webhook endpoints; the dispatcher reads one as the tenant of the message it delivers. */
public interface WebhookEndpointRepository {

    void add(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> find(String id);

    /** Oldest first. */
    List<WebhookEndpoint> all();

    void remove(WebhookEndpoint endpoint);

    /** For the outbox dispatcher, outside any request: the endpoint of {@code tenant}, if it still exists. */
    Optional<WebhookEndpoint> findForDelivery(TenantId tenant, String id);
}
