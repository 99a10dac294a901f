package io.andes.core.infrastructure;

import io.andes.core.domain.notification.ClaimedMessage;
import io.andes.core.domain.notification.OutboxMessage;
import io.andes.core.domain.notification.OutboxRepository;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox in the {@code outbox_message} table. It is tenant-owned like every other table and the entity is
 * {@code @Multitenant}: queuing, the staff's list and the delivery of one message all go through the tenant-scoped
 * entity manager, so EclipseLink adds the tenant to every statement.
 *
 * <p>The one exception is the dispatcher's claim, which must find due messages of every tenant in one query. It is
 * native SQL on an entity manager with no tenant set (where the entity itself would fail closed), it reads only
 * {@code tenant_id} and {@code id} and moves the claimed rows' next attempt to the lease; the message itself is then
 * read as its own tenant's in the delivery transaction. {@code FOR UPDATE SKIP LOCKED} (MySQL 8, MariaDB 10.6+) lets
 * several instances claim at once without waiting for, or taking, each other's rows.
 */
@ApplicationScoped
class JpaOutboxRepository implements OutboxRepository {

    private static final String DUE = "SELECT tenant_id, id FROM outbox_message"
            + " WHERE status = 'PENDING' AND next_attempt_at <= ?1"
            + " ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED";

    private static final String LEASE =
            "UPDATE outbox_message SET next_attempt_at = ?1 WHERE tenant_id = ?2 AND id = ?3";

    /**
     * EclipseLink refuses native SQL in a persistence unit with multitenant entities, because it is not tenant-filtered;
     * these two statements opt in, one by one, on purpose.
     */
    private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void add(OutboxMessage message) {
        entityManagers.get().persist(message);
    }

    @Override
    public Optional<OutboxMessage> find(String id) {
        return Optional.ofNullable(entityManagers.get().find(OutboxMessage.class, id));
    }

    @Override
    public List<OutboxMessage> page(int offset, int limit) {
        return entityManagers
                .get()
                .createQuery("SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return entityManagers
                .get()
                .createQuery("SELECT COUNT(m) FROM OutboxMessage m", Long.class)
                .getSingleResult();
    }

    @Override
    public List<ClaimedMessage> claimDue(Instant now, Instant lease, int limit) {
        EntityManager em = entityManagers.forJobOfNoTenant();
        List<?> rows = em.createNativeQuery(DUE)
                .setHint(ALLOW_NATIVE_SQL, true)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        List<ClaimedMessage> claimed = rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new ClaimedMessage(new TenantId((String) row[0]), (String) row[1], lease))
                .toList();
        for (ClaimedMessage claim : claimed) {
            em.createNativeQuery(LEASE)
                    .setHint(ALLOW_NATIVE_SQL, true)
                    .setParameter(1, Timestamp.from(lease))
                    .setParameter(2, claim.tenant().value())
                    .setParameter(3, claim.id())
                    .executeUpdate();
        }
        return claimed;
    }

    @Override
    public Optional<OutboxMessage> lockForDelivery(ClaimedMessage claim) {
        return Optional.ofNullable(entityManagers
                .forJobOf(claim.tenant())
                .find(OutboxMessage.class, claim.id(), LockModeType.PESSIMISTIC_WRITE));
    }
}
