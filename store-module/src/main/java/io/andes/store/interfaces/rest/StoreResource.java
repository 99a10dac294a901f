package io.andes.store.interfaces.rest;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.store.api.StoreViews;
import io.andes.store.application.CatalogUseCases;
import io.andes.store.application.OrderQueries;
import io.andes.store.application.QuoteUseCases;
import io.andes.store.application.SubscriptionUseCases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The caller's tenant's store (tenant-admin only): the add-ons on sale, quotes, the subscription and lowering an
 * add-on from the next renewal, and the charges pending for the next renewal invoice. Orders: {@link OrdersResource}.
 */
@Path("v1/store")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.TENANT_ADMIN)
public class StoreResource {

    @Inject
    CatalogUseCases catalog;

    @Inject
    QuoteUseCases quotes;

    @Inject
    SubscriptionUseCases subscriptions;

    @Inject
    OrderQueries orders;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @GET
    @Path("products")
    public Page<StoreViews.Product> products() {
        List<StoreViews.Product> all = catalog.products(english());
        return new Page<>(all, 0, all.size(), all.size());
    }

    @POST
    @Path("quotes")
    @Consumes(MediaType.APPLICATION_JSON)
    public StoreViews.Quote quote(StoreRequests.QuoteBody body) {
        return quotes.quote(bodies.valid(body).basket(), english());
    }

    @GET
    @Path("subscription")
    public StoreViews.Subscription subscription() {
        return subscriptions.view(english());
    }

    @PUT
    @Path("subscription/add-ons/{product}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StoreViews.Subscription renewWith(@PathParam("product") String product, StoreRequests.RenewalQuantity body) {
        return subscriptions.renewWith(product, bodies.valid(body).quantity(), english());
    }

    @GET
    @Path("pending-charges")
    public Page<StoreViews.PendingCharge> pendingCharges(
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return orders.pendingCharges(PageRequest.of(page, size));
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
