package io.andes.core.interfaces.rest;

import io.andes.core.api.EntitlementType;
import io.andes.core.domain.tenant.Plan;
import io.andes.core.domain.tenant.PlanRepository;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plans on offer and what each includes. */
@Path("v1/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({
    Roles.TENANT_USER,
    Roles.TENANT_ADMIN,
    Roles.PLATFORM_ADMIN,
    Roles.SUPPORT_AGENT,
    Roles.BILLING_STAFF,
    Roles.ADVISOR
})
public class PlansResource {

    @Inject
    PlanRepository plans;

    @Inject
    Transactions transactions;

    @GET
    public List<PlanView> list() {
        return transactions.required(
                () -> plans.all().stream().map(PlanView::of).toList());
    }

    /** A plan and its included quantities. */
    public record PlanView(String code, String name, Map<EntitlementType, Integer> included) {

        static PlanView of(Plan plan) {
            Map<EntitlementType, Integer> included = new LinkedHashMap<>();
            Arrays.stream(EntitlementType.values()).forEach(type -> included.put(type, plan.included(type)));
            return new PlanView(plan.code(), plan.name(), included);
        }
    }
}
