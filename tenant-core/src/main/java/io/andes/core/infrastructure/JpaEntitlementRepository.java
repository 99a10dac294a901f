package io.andes.core.infrastructure;

import io.andes.core.api.EntitlementType;
import io.andes.core.domain.entitlement.DuplicateKeyException;
import io.andes.core.domain.entitlement.Entitlement;
import io.andes.core.domain.entitlement.EntitlementMovement;
import io.andes.core.domain.entitlement.EntitlementRepository;
import io.andes.core.domain.entitlement.IdempotencyKey;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaEntitlementRepository implements EntitlementRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public List<Entitlement> all() {
        return em().createQuery("SELECT e FROM Entitlement e ORDER BY e.type", Entitlement.class)
                .getResultList();
    }

    @Override
    public Optional<Entitlement> find(EntitlementType type) {
        return Optional.ofNullable(em().find(Entitlement.class, type));
    }

    @Override
    public Optional<Entitlement> lock(EntitlementType type) {
        return em().createNamedQuery(Entitlement.LOCK_BY_TYPE, Entitlement.class)
                .setParameter("type", type)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Entitlement entitlement) {
        em().persist(entitlement);
    }

    @Override
    public void record(EntitlementMovement movement) {
        EntityManager em = em();
        em.persist(movement);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new DuplicateKeyException(e);
            }
            throw e;
        }
    }

    @Override
    public Optional<EntitlementMovement> movement(String id) {
        return Optional.ofNullable(em().find(EntitlementMovement.class, id));
    }

    @Override
    public Optional<EntitlementMovement> movementByKey(IdempotencyKey key) {
        return em().createQuery(
                        "SELECT m FROM EntitlementMovement m WHERE m.idempotencyKey = :key", EntitlementMovement.class)
                .setParameter("key", key.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<EntitlementMovement> movements(Optional<EntitlementType> type, int offset, int limit) {
        return filtered(
                        "SELECT m FROM EntitlementMovement m",
                        " ORDER BY m.occurredAt DESC, m.id DESC",
                        type,
                        EntitlementMovement.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countMovements(Optional<EntitlementType> type) {
        return filtered("SELECT COUNT(m) FROM EntitlementMovement m", "", type, Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String order, Optional<EntitlementType> type, Class<T> result) {
        TypedQuery<T> query =
                em().createQuery(select + (type.isPresent() ? " WHERE m.type = :type" : "") + order, result);
        type.ifPresent(t -> query.setParameter("type", t));
        return query;
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
