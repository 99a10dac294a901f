package io.andes.store.infrastructure;

import io.andes.core.infrastructure.DuplicateKeys;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.store.domain.subscription.DuplicateSubscriptionException;
import io.andes.store.domain.subscription.SubscribedAddOn;
import io.andes.store.domain.subscription.Subscription;
import io.andes.store.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

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
