package io.andes.core.api;

import io.andes.core.tenancy.TenantId;
import java.util.Optional;

/**
 * Looks tenants up for the per-request checks. Answers may be up to 15 seconds old: a suspension reaches every
 * instance within that time, and {@link #forget} makes it immediate on the instance that made the change.
 */
public interface TenantDirectory {

    Optional<TenantSummary> find(TenantId id);

    void forget(TenantId id);
}
