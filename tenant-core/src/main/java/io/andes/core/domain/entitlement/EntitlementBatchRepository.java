package io.andes.core.domain.entitlement;

import io.andes.core.audit.AuditEvent;
import io.andes.core.tenancy.TenantId;
import java.util.Collection;
import java.util.List;

/** Quotas of many tenants at once, in the caller's transaction with no tenant bound; every statement names its tenant. */
public interface EntitlementBatchRepository {

    /** A tenant's quota. */
    record Owned(TenantId tenant, Entitlement entitlement) {}

    /** An audit event of a tenant. */
    record Audited(TenantId tenant, AuditEvent event) {}

    /** The quotas of {@code tenants}, locked until the transaction ends. */
    List<Owned> lock(Collection<TenantId> tenants);

    /** Writes the changed quotas and their audit events. */
    void update(List<Owned> changed, List<Audited> events);
}
