package io.andes.billing.credit.interfaces.rest;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.application.CancellationSettlements;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Billing staff settle a tenant's cancellation from its cancellation ticket: the preview ({@code ?refund=true} to see
 * the credit refunded to the card) and the execution, once.
 */
@Path("v1/billing/tenants/{tenant}/cancellations/{ticket}/settlement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.BILLING_STAFF, Roles.PLATFORM_ADMIN})
public class StaffSettlementsResource {

    @Inject
    CancellationSettlements settlements;

    @Inject
    BodyValidator bodies;

    @GET
    public CreditViews.Settlement preview(
            @PathParam("tenant") String tenant,
            @PathParam("ticket") String ticket,
            @QueryParam("refund") String refund) {
        return settlements.preview(CreditRequests.tenant(tenant), ticket, "true".equalsIgnoreCase(refund));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response execute(
            @PathParam("tenant") String tenant, @PathParam("ticket") String ticket, CreditRequests.DecisionBody body) {
        CreditRequests.DecisionBody valid = bodies.valid(body);
        CreditViews.Settlement settled =
                settlements.execute(CreditRequests.tenant(tenant), ticket, valid.reason(), valid.refunds());
        return Response.status(Response.Status.CREATED).entity(settled).build();
    }
}
