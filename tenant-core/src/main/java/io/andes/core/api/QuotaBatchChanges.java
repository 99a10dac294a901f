package io.andes.core.api;

import io.andes.core.tenancy.TenantId;
import java.util.List;

/**
 * Changes the add-on units of many tenants' quotas in one transaction with no tenant bound (the renewal run's batches):
 * each change as {@link EntitlementService#adjustAdditional} makes it — the limit never below the month's usage — and
 * recorded in its tenant's audit log. A change that cannot be made fails the whole call, which the caller rolls back.
 */
public interface QuotaBatchChanges {

    /** {@code delta} more (or, negative, fewer) add-on units of {@code type} for {@code tenant}, and why. */
    record Change(TenantId tenant, EntitlementType type, int delta, String reason) {}

    void adjustAll(List<Change> changes);
}
