package io.andes.billing.invoice.infrastructure;

import io.andes.billing.invoice.domain.RenewalRun;
import io.andes.billing.invoice.domain.RenewalRunRepository;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaRenewalRunRepository implements RenewalRunRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void add(RenewalRun run) {
        em().persist(run);
    }

    @Override
    public Optional<RenewalRun> find(String id) {
        return Optional.ofNullable(em().find(RenewalRun.class, id));
    }

    @Override
    public List<RenewalRun> list(int offset, int limit) {
        return em().createQuery("SELECT r FROM RenewalRun r ORDER BY r.startedAt DESC, r.id", RenewalRun.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em().createQuery("SELECT COUNT(r) FROM RenewalRun r", Long.class).getSingleResult();
    }

    private EntityManager em() {
        return entityManagers.platform();
    }
}
