package io.andes.store.infrastructure;

import io.andes.core.api.SupportTierUpgrades;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * The support tier a tenant holds through an add-on such as "Soporte prioritario". Native SQL, because the caller may
 * be bound to no tenant or to a staff call: the tenant condition is written here.
 */
@ApplicationScoped
class SubscribedSupportTiers implements SupportTierUpgrades {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public Optional<String> upgradedTier(TenantId tenant) {
        return entityManagers
                .platform()
                .createNativeQuery("SELECT a.support_tier FROM subscription_addon s"
                        + " JOIN store_addon a ON a.code = s.addon_code"
                        + " WHERE s.tenant_id = ? AND s.quantity > 0 AND a.support_tier IS NOT NULL")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, tenant.value())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(String::valueOf);
    }
}
