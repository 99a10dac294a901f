package io.andes.billing.credit.interfaces.rest;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.application.CreditProposals;
import io.andes.core.api.Page;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Billing staff's list of the credits proposed for missed urgent SLAs, of every tenant ({@code ?status=}). */
@Path("v1/billing/credit-proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.BILLING_STAFF, Roles.PLATFORM_ADMIN})
public class CreditProposalsResource {

    @Inject
    CreditProposals proposals;

    @GET
    public Page<CreditViews.Proposal> list(@QueryParam("status") String status) {
        return proposals.list(status);
    }
}
