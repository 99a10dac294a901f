package io.andes.billing.invoice.interfaces.rest;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.application.RenewalRunQueries;
import io.andes.billing.invoice.application.RenewalRunner;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The renewal-run monitor for billing staff: start a run now (it answers when done) and list the runs. */
@Path("v1/billing/renewal-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.BILLING_STAFF, Roles.PLATFORM_ADMIN})
public class RenewalRunsResource {

    @Inject
    RenewalRunner runner;

    @Inject
    RenewalRunQueries runs;

    @Inject
    Provider<CurrentUser> caller;

    @POST
    public Response run() {
        BillingViews.Run run = runner.run(caller.get().auditName());
        return Response.status(Response.Status.CREATED).entity(run).build();
    }

    @GET
    public Page<BillingViews.Run> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return runs.list(PageRequest.of(page, size));
    }
}
