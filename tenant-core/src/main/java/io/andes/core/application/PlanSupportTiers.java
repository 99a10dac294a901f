package io.andes.core.application;

import io.andes.core.api.TenantSupportTiers;
import io.andes.core.domain.tenant.Plan;
import io.andes.core.domain.tenant.PlanRepository;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantRepository;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** A tenant's support tier, read from its current plan (in the caller's transaction, or one of its own). */
@ApplicationScoped
public class PlanSupportTiers implements TenantSupportTiers {

    @Inject
    TenantRepository tenants;

    @Inject
    PlanRepository plans;

    @Inject
    Transactions transactions;

    @Override
    public Optional<String> supportTier(TenantId tenant) {
        return transactions.required(() ->
                tenants.find(tenant).map(Tenant::planCode).flatMap(plans::find).map(Plan::supportTier));
    }
}
