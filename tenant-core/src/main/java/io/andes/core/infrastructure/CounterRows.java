package io.andes.core.infrastructure;

import io.andes.core.tenancy.TenantNativeSql;
import jakarta.persistence.EntityManager;

/**
 * A tenant's counter row of one kind ({@code (tenant_id, kind, last_value)}: T-000001, C-000001, …), locked for the
 * rest of the transaction, created first when absent. The first look is a plain read: a locking read of an absent row
 * would hold a gap lock, and two first numbers taken at once would then deadlock on their inserts. An absent row is
 * created with {@code INSERT … ON DUPLICATE KEY UPDATE}, which on a duplicate waits for the row's exclusive lock (an
 * {@code INSERT IGNORE} would take a shared one, and two waiters upgrading it deadlock), so simultaneous first numbers
 * queue.
 */
public final class CounterRows {

    private CounterRows() {}

    /**
     * {@code table} is the counter entity's table, a constant, never input; the entity's key field is {@code kind}, and
     * {@code lockQuery} its named query that reads the row of a {@code :kind} with a pessimistic lock hint (a lock mode
     * set per call would have EclipseLink prepare the read again every time).
     */
    public static <T> T locked(EntityManager em, Class<T> entity, String table, String lockQuery, String kind) {
        // a count, not a find: the row must not enter the persistence context before it is read under the lock
        long rows = em.createQuery(
                        "SELECT COUNT(c) FROM " + entity.getSimpleName() + " c WHERE c.kind = :kind", Long.class)
                .setParameter("kind", kind)
                .getSingleResult();
        if (rows == 0) {
            // native SQL is not tenant-filtered: the tenant is the one this entity manager is bound to
            TenantNativeSql.of(
                            em,
                            "INSERT INTO " + table + " (tenant_id, kind, last_value) VALUES (?, ?, 0)"
                                    + " ON DUPLICATE KEY UPDATE last_value = last_value")
                    .setParameter(2, kind)
                    .executeUpdate();
        }
        return em.createNamedQuery(lockQuery, entity).setParameter("kind", kind).getSingleResult();
    }
}
