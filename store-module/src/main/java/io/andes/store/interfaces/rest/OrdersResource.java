package io.andes.store.interfaces.rest;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.store.api.StoreViews;
import io.andes.store.application.OrderPlacement;
import io.andes.store.application.OrderQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The caller's tenant's store orders (tenant-admin only): "Activar servicios" with an {@code Idempotency-Key}
 * against a quote's fingerprint, the order history and one order by id or number.
 */
@Path("v1/store/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.TENANT_ADMIN)
public class OrdersResource {

    @Inject
    OrderPlacement placement;

    @Inject
    OrderQueries orders;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(@HeaderParam("Idempotency-Key") String key, StoreRequests.OrderBody body) {
        var valid = bodies.valid(body);
        OrderPlacement.Placed placed =
                placement.place(valid.basket(), valid.quoteFingerprint(), valid.orderMode(), key, english());
        return Response.created(URI.create("v1/store/orders/" + placed.order().id()))
                .header("Idempotent-Replayed", placed.replayed())
                .entity(placed.order())
                .build();
    }

    @GET
    public Page<StoreViews.OrderSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return orders.list(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public StoreViews.Order view(@PathParam("id") String id) {
        return orders.view(id, english());
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
