package io.andes.core.infrastructure;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.QueryHints;

/**
 * The first number of a kind for a tenant (T-000001, C-000001, …): its counter row, {@code (tenant_id, kind,
 * last_value)}, is created when absent before it is locked. On a duplicate the statement takes the row's exclusive
 * lock (an {@code INSERT IGNORE} would take a shared one, and two waiters upgrading it deadlock), so any number of
 * simultaneous first ones simply queue instead of failing on the key.
 */
public final class CounterRows {

    private CounterRows() {}

    /** {@code table} is one of the modules' counter tables, a constant, never input. */
    public static void createIfAbsent(EntityManager em, String table, String kind) {
        // native SQL is not tenant-filtered: the tenant is the one this entity manager is bound to
        em.createNativeQuery("INSERT INTO " + table + " (tenant_id, kind, last_value) VALUES (?, ?, 0)"
                        + " ON DUPLICATE KEY UPDATE last_value = last_value")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, em.getProperties().get(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT))
                .setParameter(2, kind)
                .executeUpdate();
    }
}
