package io.andes.billing.credit.interfaces.rest;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.application.CreditProposals;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Billing staff decide on a tenant's credit proposal once: accept (a credit note) or reject, with a reason. */
@Path("v1/billing/tenants/{tenant}/credit-proposals/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.BILLING_STAFF, Roles.PLATFORM_ADMIN})
public class StaffCreditProposalsResource {

    @Inject
    CreditProposals proposals;

    @Inject
    BodyValidator bodies;

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public CreditViews.Proposal accept(
            @PathParam("tenant") String tenant, @PathParam("id") String id, CreditRequests.DecisionBody body) {
        return proposals.accept(
                CreditRequests.tenant(tenant), id, bodies.valid(body).reason());
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public CreditViews.Proposal reject(
            @PathParam("tenant") String tenant, @PathParam("id") String id, CreditRequests.DecisionBody body) {
        return proposals.reject(
                CreditRequests.tenant(tenant), id, bodies.valid(body).reason());
    }
}
