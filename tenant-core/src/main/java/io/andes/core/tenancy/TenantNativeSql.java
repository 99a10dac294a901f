package io.andes.core.tenancy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.QueryHints;

/**
 * Native SQL on a tenant-bound entity manager, for what JPQL cannot say (SKIP LOCKED claims, insert-if-absent). EclipseLink
 * does not filter native SQL by tenant, so the statement filters itself: its first parameter is {@code tenant_id}, set
 * here to the tenant the entity manager is bound to — never one taken from the caller.
 */
public final class TenantNativeSql {

    private TenantNativeSql() {}

    /** {@code sql}, whose first {@code ?} is the tenant, with that parameter set; the caller sets the rest from 2 on. */
    public static Query of(EntityManager em, String sql) {
        return em.createNativeQuery(sql)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, em.getProperties().get(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT));
    }
}
