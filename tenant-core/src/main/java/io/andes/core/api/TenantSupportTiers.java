package io.andes.core.api;

import io.andes.core.tenancy.TenantId;
import java.util.Optional;

/**
 * The support tier a tenant's plan includes ({@code STANDARD} or {@code PRIORITARIO}): the ticketing module picks the
 * SLA policy and the queue order from it. An unknown tenant has no tier.
 */
public interface TenantSupportTiers {

    Optional<String> supportTier(TenantId tenant);
}
