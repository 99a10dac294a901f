package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.DeskSetup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Routing rules: which queue a category's new tickets go to; platform admins change them. */
@Path("v1/support/routes/{categoryId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.PLATFORM_ADMIN)
public class RoutesResource {

    @Inject
    DeskSetup setup;

    @Inject
    BodyValidator bodies;

    @PUT
    public TicketViews.Route route(@PathParam("categoryId") String categoryId, DeskRequests.Route body) {
        return setup.route(
                CatalogRequests.id(categoryId, "la categoría", "Category"),
                bodies.valid(body).queue());
    }
}
