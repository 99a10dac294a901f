package io.andes.core.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Hands out the transaction's entity manager with the request's tenant set as EclipseLink's multitenant context
 * property. The tenant is set once, before the first use in a transaction; asking for another tenant inside the same
 * transaction is refused, so rows of two tenants can never meet in one persistence context.
 */
@ApplicationScoped
public class TenantEntityManager {

    private static final String BOUND_TENANT = TenantEntityManager.class.getName() + ".tenant";
    private static final Object NONE = new Object();

    @PersistenceContext(unitName = "andes")
    EntityManager entityManager;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    TenantBinding binding;

    /** The entity manager for tenant-owned entities; requires an active transaction and a bound tenant. */
    public EntityManager get() {
        TenantId tenant = binding.require();
        Object bound = bindOnFirstUse(tenant);
        if (!tenant.equals(bound)) {
            throw new IllegalStateException("This transaction was started for another tenant or for none");
        }
        return entityManager;
    }

    /**
     * The entity manager for platform-wide entities (tenants, plans), which carry no tenant discriminator. When a
     * tenant is bound it is set here too, because EclipseLink takes the tenant only before a transaction's first use.
     */
    public EntityManager platform() {
        bindOnFirstUse(binding.current().orElse(null));
        return entityManager;
    }

    /**
     * For platform jobs that run outside any request (the outbox dispatcher): the entity manager for tenant-owned
     * entities of {@code tenant}, which the job read from the row it works on, never from a caller. The same rule as
     * {@link #get()}: one tenant per transaction.
     */
    public EntityManager forJobOf(TenantId tenant) {
        if (!tenant.equals(bindOnFirstUse(tenant))) {
            throw new IllegalStateException("This transaction was started for another tenant or for none");
        }
        return entityManager;
    }

    /**
     * For platform jobs outside any request that must see every tenant's rows: no tenant is set, so tenant-owned
     * entities fail closed and only native SQL, which selects {@code tenant_id} itself, reaches across tenants.
     */
    public EntityManager forJobOfNoTenant() {
        if (bindOnFirstUse(null) != NONE) {
            throw new IllegalStateException("This transaction was started for a tenant");
        }
        return entityManager;
    }

    private Object bindOnFirstUse(TenantId tenant) {
        Object bound = transactions.getResource(BOUND_TENANT);
        if (bound != null) {
            return bound;
        }
        if (tenant == null) {
            transactions.putResource(BOUND_TENANT, NONE);
            return NONE;
        }
        entityManager.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.value());
        transactions.putResource(BOUND_TENANT, tenant);
        return tenant;
    }
}
