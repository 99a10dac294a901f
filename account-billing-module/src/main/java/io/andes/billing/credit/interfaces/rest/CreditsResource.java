package io.andes.billing.credit.interfaces.rest;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.application.CreditQueries;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The caller's tenant's credit notes and credit balance (tenant-admin), next to its invoices. */
@Path("v1/billing/credits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.TENANT_ADMIN)
public class CreditsResource {

    @Inject
    CreditQueries credits;

    @GET
    @Path("notes")
    public Page<CreditViews.CreditNote> notes(@QueryParam("page") String page, @QueryParam("size") String size) {
        return credits.notes(PageRequest.of(page, size));
    }

    @GET
    @Path("balance")
    public CreditViews.Balance balance() {
        return credits.balance();
    }
}
