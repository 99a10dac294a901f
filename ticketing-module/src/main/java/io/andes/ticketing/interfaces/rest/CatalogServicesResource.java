package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.application.CatalogAdministration;
import io.andes.ticketing.domain.catalog.CatalogNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The vendor's services (its products) tickets are about: platform admins list, add, rename and deactivate them. */
@Path("v1/support/catalog/services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.PLATFORM_ADMIN)
public class CatalogServicesResource {

    @Inject
    CatalogAdministration administration;

    @Inject
    BodyValidator bodies;

    @GET
    public List<CatalogAdminViews.Service> list() {
        return administration.services();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(CatalogRequests.NewEntry body) {
        var valid = bodies.valid(body);
        return Response.status(Response.Status.CREATED)
                .entity(administration.addService(valid.code(), valid.names()))
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CatalogAdminViews.Service change(@PathParam("code") String code, CatalogRequests.ServiceChange body) {
        var valid = bodies.valid(body);
        return administration.changeService(
                code, new CatalogNames(valid.nameEs(), valid.nameEn()), !Boolean.FALSE.equals(valid.active()));
    }
}
