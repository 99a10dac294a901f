package io.andes.core.infrastructure;

import io.andes.core.domain.webhook.WebhookEndpoint;
import io.andes.core.domain.webhook.WebhookEndpointRepository;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaWebhookEndpointRepository implements WebhookEndpointRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void add(WebhookEndpoint endpoint) {
        entityManagers.get().persist(endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> find(String id) {
        return Optional.ofNullable(entityManagers.get().find(WebhookEndpoint.class, id));
    }

    @Override
    public List<WebhookEndpoint> all() {
        return entityManagers
                .get()
                .createQuery("SELECT w FROM WebhookEndpoint w ORDER BY w.createdAt, w.id", WebhookEndpoint.class)
                .getResultList();
    }

    @Override
    public void remove(WebhookEndpoint endpoint) {
        entityManagers.get().remove(endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> findForDelivery(TenantId tenant, String id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(entityManagers.forJobOf(tenant).find(WebhookEndpoint.class, id));
    }
}
