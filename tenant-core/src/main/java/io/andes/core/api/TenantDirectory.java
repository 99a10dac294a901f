package io.andes.core.api;

import io.andes.core.tenancy.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks tenants up for the per-request checks. Answers may be up to 15 seconds old: a suspension reaches every
 * instance within that time, and {@link #forget} makes it immediate on the instance that made the change.
 */
public interface TenantDirectory {

    Optional<TenantSummary> find(TenantId id);

    /** The tenants of {@code ids} that exist, by id, those not kept loaded in one query (for platform jobs). */
    default Map<TenantId, TenantSummary> findAll(Collection<TenantId> ids) {
        Map<TenantId, TenantSummary> found = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(summary -> found.put(id, summary)));
        return found;
    }

    void forget(TenantId id);
}
