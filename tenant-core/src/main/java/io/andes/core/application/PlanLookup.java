package io.andes.core.application;

import io.andes.core.api.EntitlementType;
import io.andes.core.api.TenantPlans;
import io.andes.core.domain.tenant.Plan;
import io.andes.core.domain.tenant.PlanRepository;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantRepository;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Reads plans for other modules, in the caller's transaction or one of its own; see {@link TenantPlans}. */
@ApplicationScoped
public class PlanLookup implements TenantPlans {

    @Inject
    TenantRepository tenants;

    @Inject
    PlanRepository plans;

    @Inject
    Transactions transactions;

    @Override
    public Optional<PlanView> planOf(TenantId tenant) {
        return transactions
                .required(() -> tenants.find(tenant).map(Tenant::planCode).flatMap(plans::find))
                .map(PlanLookup::view);
    }

    @Override
    public Optional<PlanView> plan(String code) {
        return transactions.required(() -> plans.find(code)).map(PlanLookup::view);
    }

    private static PlanView view(Plan plan) {
        Map<EntitlementType, Integer> included = new EnumMap<>(EntitlementType.class);
        for (EntitlementType type : EntitlementType.values()) {
            included.put(type, plan.included(type));
        }
        return new PlanView(plan.code(), plan.name(), plan.supportTier(), included);
    }
}
