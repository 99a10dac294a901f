package io.andes.store.infrastructure;

import io.andes.core.infrastructure.DuplicateKeys;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.store.domain.order.DuplicateOrderException;
import io.andes.store.domain.order.OrderLine;
import io.andes.store.domain.order.OrderNumber;
import io.andes.store.domain.order.OrderRepository;
import io.andes.store.domain.order.PendingCharge;
import io.andes.store.domain.order.StoreOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaOrderRepository implements OrderRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void add(StoreOrder order) {
        try {
            em().persist(order);
            em().flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new DuplicateOrderException(e);
            }
            throw e;
        }
    }

    @Override
    public void add(OrderLine line) {
        em().persist(line);
    }

    @Override
    public void add(PendingCharge charge) {
        em().persist(charge);
    }

    @Override
    public int lastNumber() {
        Integer last = em().createQuery("SELECT MAX(o.number) FROM StoreOrder o", Integer.class)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public Optional<StoreOrder> find(String id) {
        return Optional.ofNullable(em().find(StoreOrder.class, id));
    }

    @Override
    public Optional<StoreOrder> find(OrderNumber number) {
        return em().createQuery("SELECT o FROM StoreOrder o WHERE o.number = :number", StoreOrder.class)
                .setParameter("number", number.sequence())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<StoreOrder> byIdempotencyKey(String key) {
        return em().createQuery("SELECT o FROM StoreOrder o WHERE o.idempotencyKey = :key", StoreOrder.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<StoreOrder> list(int offset, int limit) {
        return em().createQuery("SELECT o FROM StoreOrder o ORDER BY o.number DESC", StoreOrder.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em().createQuery("SELECT COUNT(o) FROM StoreOrder o", Long.class).getSingleResult();
    }

    @Override
    public List<OrderLine> lines(StoreOrder order) {
        return em().createQuery(
                        "SELECT l FROM OrderLine l WHERE l.orderId = :order ORDER BY l.position", OrderLine.class)
                .setParameter("order", order.id())
                .getResultList();
    }

    @Override
    public List<PendingCharge> pendingCharges(int offset, int limit) {
        return em().createQuery(
                        "SELECT c FROM PendingCharge c WHERE c.status = :status ORDER BY c.createdAt, c.id",
                        PendingCharge.class)
                .setParameter("status", PendingCharge.PENDING)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPendingCharges() {
        return em().createQuery("SELECT COUNT(c) FROM PendingCharge c WHERE c.status = :status", Long.class)
                .setParameter("status", PendingCharge.PENDING)
                .getSingleResult();
    }

    @Override
    public List<PendingCharge> pendingDueBy(LocalDate renewalDate) {
        return em().createQuery(
                        "SELECT c FROM PendingCharge c WHERE c.status = :status AND c.dueOn <= :day"
                                + " ORDER BY c.createdAt, c.id",
                        PendingCharge.class)
                .setParameter("status", PendingCharge.PENDING)
                .setParameter("day", renewalDate)
                .getResultList();
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
