package io.andes.core.api;

import io.andes.core.tenancy.TenantId;
import java.util.Optional;

/**
 * A support tier a tenant bought on top of its plan (the store's "Soporte prioritario"). Implemented by the module
 * that sells it; without one, every tenant has its plan's tier. Read in the caller's transaction, whatever tenant it
 * is bound to.
 */
public interface SupportTierUpgrades {

    Optional<String> upgradedTier(TenantId tenant);
}
