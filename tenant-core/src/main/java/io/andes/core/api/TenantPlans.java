package io.andes.core.api;

import io.andes.core.tenancy.TenantId;
import java.util.Map;
import java.util.Optional;

/**
 * The plans on offer and the plan a tenant is on: the store prices plans and add-ons on top of them. A plan includes
 * a quantity of each entitlement and a support tier; add-ons come on top.
 */
public interface TenantPlans {

    Optional<PlanView> planOf(TenantId tenant);

    Optional<PlanView> plan(String code);

    /** A plan as other modules see it. */
    record PlanView(String code, String name, String supportTier, Map<EntitlementType, Integer> included) {

        public PlanView {
            included = Map.copyOf(included);
        }
    }
}
