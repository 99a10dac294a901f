package io.andes.store.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.store.application.CatalogUseCases;
import io.andes.store.domain.money.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;

/** Platform staff set a new price of a plan or add-on from a date; it reaches each subscription at its renewal. */
@Path("v1/store/prices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.PLATFORM_ADMIN)
public class PricesResource {

    @Inject
    CatalogUseCases catalog;

    @Inject
    BodyValidator bodies;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(StoreRequests.NewPrice body) {
        var valid = bodies.valid(body);
        Money amount;
        try {
            amount = new Money(valid.amount(), Currency.getInstance(valid.currency()));
        } catch (IllegalArgumentException e) {
            throw StoreRequests.tooManyDecimals(valid.currency());
        }
        catalog.addPrice(
                valid.productKind(),
                valid.product(),
                valid.period(),
                amount,
                valid.validFrom(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return Response.noContent().build();
    }
}
