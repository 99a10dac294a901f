package io.andes.store.infrastructure;

import io.andes.core.infrastructure.DuplicateKeys;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import io.andes.core.tenancy.TenantNativeSql;
import io.andes.store.domain.subscription.DuplicateSubscriptionException;
import io.andes.store.domain.subscription.SubscribedAddOn;
import io.andes.store.domain.subscription.Subscription;
import io.andes.store.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

@ApplicationScoped
class JpaSubscriptionRepository implements SubscriptionRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public Optional<Subscription> find() {
        return query(LockModeType.NONE);
    }

    @Override
    public Optional<Subscription> lock() {
        return query(LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Subscription> query(LockModeType lock) {
        return em().createQuery("SELECT s FROM Subscription s", Subscription.class)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Subscription> claimEndedBy(LocalDate today) {
        EntityManager em = em();
        // native SQL is not tenant-filtered: the tenant condition is ours; SKIP LOCKED leaves a row another runner
        // holds to that runner instead of waiting for it and billing it a second time
        List<?> claimed = TenantNativeSql.of(
                        em,
                        "SELECT id FROM subscription WHERE tenant_id = ? AND period_end <= ?"
                                + " AND ended_on IS NULL FOR UPDATE SKIP LOCKED")
                .setParameter(2, today)
                .getResultList();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM Subscription s", Subscription.class)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<TenantId> endingBy(LocalDate latest, int limit) {
        List<?> tenants = entityManagers
                .forJobOfNoTenant()
                .createNativeQuery("SELECT tenant_id FROM subscription WHERE period_end <= ? AND ended_on IS NULL"
                        + " ORDER BY period_end, tenant_id")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, latest)
                .setMaxResults(limit)
                .getResultList();
        return tenants.stream().map(t -> new TenantId((String) t)).toList();
    }

    @Override
    public void add(Subscription subscription) {
        try {
            em().persist(subscription);
            em().flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new DuplicateSubscriptionException(e);
            }
            throw e;
        }
    }

    @Override
    public List<SubscribedAddOn> addOns() {
        return em().createQuery("SELECT a FROM SubscribedAddOn a ORDER BY a.addOnCode", SubscribedAddOn.class)
                .getResultList();
    }

    @Override
    public Optional<SubscribedAddOn> addOn(String code) {
        return Optional.ofNullable(em().find(SubscribedAddOn.class, code));
    }

    @Override
    public void add(SubscribedAddOn addOn) {
        em().persist(addOn);
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
