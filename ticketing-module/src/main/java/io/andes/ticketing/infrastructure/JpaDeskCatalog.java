package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.ticketing.domain.catalog.CannedResponse;
import io.andes.ticketing.domain.catalog.DeskCatalog;
import io.andes.ticketing.domain.catalog.QueueAgent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaDeskCatalog implements DeskCatalog {

    /** The queue table has no entity; reading it natively is platform data, with no tenant to filter. */
    private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public boolean queueExists(String code) {
        if (code == null) {
            return false;
        }
        Object count = em().createNativeQuery("SELECT COUNT(*) FROM support_queue WHERE code = ?1")
                .setHint(ALLOW_NATIVE_SQL, true)
                .setParameter(1, code)
                .getSingleResult();
        return ((Number) count).longValue() > 0;
    }

    @Override
    public List<QueueAgent> agents(String queue) {
        return agentsOf(queue).getResultList();
    }

    @Override
    public List<QueueAgent> lockAgents(String queue) {
        return em().createNamedQuery(QueueAgent.LOCK_BY_QUEUE, QueueAgent.class)
                .setParameter("queue", queue)
                .getResultList();
    }

    private TypedQuery<QueueAgent> agentsOf(String queue) {
        return em().createQuery(
                        "SELECT a FROM QueueAgent a WHERE a.queueCode = :queue ORDER BY a.username", QueueAgent.class)
                .setParameter("queue", queue);
    }

    @Override
    public Optional<QueueAgent> agent(String queue, String username) {
        return Optional.ofNullable(em().find(QueueAgent.class, new QueueAgent.Key(queue, username)));
    }

    @Override
    public void add(QueueAgent agent) {
        em().persist(agent);
    }

    @Override
    public void remove(QueueAgent agent) {
        em().remove(agent);
    }

    @Override
    public List<CannedResponse> cannedResponses() {
        return em().createQuery("SELECT c FROM CannedResponse c ORDER BY c.title", CannedResponse.class)
                .getResultList();
    }

    @Override
    public Optional<CannedResponse> cannedResponse(String id) {
        return Optional.ofNullable(id).map(i -> em().find(CannedResponse.class, i));
    }

    @Override
    public Optional<CannedResponse> cannedResponseTitled(String title) {
        return em().createQuery("SELECT c FROM CannedResponse c WHERE c.title = :title", CannedResponse.class)
                .setParameter("title", title)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(CannedResponse response) {
        em().persist(response);
    }

    @Override
    public void remove(CannedResponse response) {
        em().remove(response);
    }

    private EntityManager em() {
        return entityManagers.platform();
    }
}
