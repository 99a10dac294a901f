package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.application.CategoryFieldSetup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The extra fields a category asks for (they apply below it too): platform admins add, change and remove them. */
@Path("v1/support/catalog/categories/{id}/fields")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.PLATFORM_ADMIN)
public class CategoryFieldsResource {

    @Inject
    CategoryFieldSetup fields;

    @Inject
    BodyValidator bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String id, CatalogRequests.Field body) {
        var valid = bodies.valid(body);
        CatalogAdminViews.Field field =
                fields.add(CatalogCategoriesResource.category(id), valid.key(), valid.definition());
        return Response.status(Response.Status.CREATED).entity(field).build();
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CatalogAdminViews.Field change(
            @PathParam("id") String id, @PathParam("key") String key, CatalogRequests.Field body) {
        return fields.change(
                CatalogCategoriesResource.category(id), key, bodies.valid(body).definition());
    }

    @DELETE
    @Path("{key}")
    public Response remove(@PathParam("id") String id, @PathParam("key") String key) {
        fields.remove(CatalogCategoriesResource.category(id), key);
        return Response.noContent().build();
    }
}
