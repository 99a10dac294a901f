package io.andes.core.infrastructure;

import io.andes.core.tenancy.TenantNativeSql;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * A tenant's counter row of one kind ({@code (tenant_id, kind, last_value)}: T-000001, C-000001, …), locked for the
 * rest of the transaction, created first when absent. The first look is a plain read: a locking read of an absent row
 * would hold a gap lock, and two first numbers taken at once would then deadlock on their inserts. An absent row is
 * created with {@code INSERT … ON DUPLICATE KEY UPDATE}, which on a duplicate waits for the row's exclusive lock (an
 * {@code INSERT IGNORE} would take a shared one, and two waiters upgrading it deadlock), so simultaneous first numbers
 * queue. Counter rows are never deleted, so a row once seen is remembered and later numbers go straight to the locking
 * read: one round trip instead of two.
 */
public final class CounterRows {

    /** Rows seen to exist (tenant, table, kind); a bound on memory, cleared when reached and learnt again. */
    private static final Set<String> EXISTING = ConcurrentHashMap.newKeySet();

    private static final int MAX_REMEMBERED = 200_000;

    private CounterRows() {}

    /**
     * {@code table} is the counter entity's table, a constant, never input; the entity's key field is {@code kind}, and
     * {@code lockQuery} its named query that reads the row of a {@code :kind} with a pessimistic lock hint (a lock mode
     * set per call would have EclipseLink prepare the read again every time).
     */
    public static <T> T locked(EntityManager em, Class<T> entity, String table, String lockQuery, String kind) {
        Object tenant = em.getProperties().get(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT);
        String row = tenant + "\n" + table + "\n" + kind;
        if (tenant != null && EXISTING.contains(row)) {
            Optional<T> locked = em.createNamedQuery(lockQuery, entity)
                    .setParameter("kind", kind)
                    .getResultStream()
                    .findFirst();
            if (locked.isPresent()) {
                return locked.get();
            }
            EXISTING.remove(row); // gone after all (a database restored under a running server): create it again
        }
        T locked = createdIfAbsentAndLocked(em, entity, table, lockQuery, kind);
        if (tenant != null) {
            if (EXISTING.size() >= MAX_REMEMBERED) {
                EXISTING.clear();
            }
            EXISTING.add(row);
        }
        return locked;
    }

    private static <T> T createdIfAbsentAndLocked(
            EntityManager em, Class<T> entity, String table, String lockQuery, String kind) {
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
