package io.andes.billing.credit.interfaces.rest;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.application.UrgentSupport;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * "Soporte urgente" for one of the caller's tenant's tickets (tenant-admin): bought with an Idempotency-Key, the price
 * on the next renewal ({@code mode=RENEWAL}, the default) or charged now to the card on file ({@code CHARGE_NOW}), the
 * ticket urgent once it is charged or on the renewal; the tenant's purchases.
 */
@Path("v1/billing/urgent-support")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.TENANT_ADMIN)
public class UrgentSupportResource {

    @Inject
    UrgentSupport urgentSupport;

    @POST
    @Path("{ticket}")
    public Response buy(
            @PathParam("ticket") String ticket,
            @HeaderParam("Idempotency-Key") String key,
            @QueryParam("mode") String mode) {
        UrgentSupport.Bought bought = urgentSupport.buy(ticket, key, mode);
        return Response.created(URI.create(
                        "v1/billing/urgent-support/" + bought.purchase().ticket()))
                .header("Idempotent-Replayed", bought.replayed())
                .entity(bought.purchase())
                .build();
    }

    @GET
    public Page<CreditViews.UrgentPurchase> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return urgentSupport.list(PageRequest.of(page, size));
    }
}
