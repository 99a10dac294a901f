package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.application.CatalogAdministration;
import io.andes.ticketing.domain.catalog.CatalogNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The category trees, inactive categories included: platform admins add, rename, move and deactivate categories. A
 * category's queue is a routing rule ({@link RoutesResource}); its fields are {@link CategoryFieldsResource}.
 */
@Path("v1/support/catalog/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.PLATFORM_ADMIN)
public class CatalogCategoriesResource {

    @Inject
    CatalogAdministration administration;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @GET
    public List<CatalogAdminViews.Category> list(@QueryParam("service") String service) {
        return administration.categories(service, english());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(CatalogRequests.NewCategory body) {
        var valid = bodies.valid(body);
        var draft = new CatalogAdministration.NewCategory(
                valid.serviceCode(),
                valid.parentId(),
                new CatalogNames(valid.nameEs(), valid.nameEn()),
                valid.kind(),
                valid.queue());
        return Response.status(Response.Status.CREATED)
                .entity(administration.addCategory(draft, english()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CatalogAdminViews.Category rename(@PathParam("id") String id, CatalogRequests.Names body) {
        return administration.renameCategory(category(id), bodies.valid(body).names(), english());
    }

    @PUT
    @Path("{id}/parent")
    @Consumes(MediaType.APPLICATION_JSON)
    public CatalogAdminViews.Category move(@PathParam("id") String id, CatalogRequests.Move body) {
        return administration.moveCategory(category(id), bodies.valid(body).parentId(), english());
    }

    /** Deactivates the category and its subtree (never deletes: tickets may use them). */
    @DELETE
    @Path("{id}")
    public CatalogAdminViews.Category deactivate(@PathParam("id") String id) {
        return administration.deactivateCategory(category(id), english());
    }

    /** Offers a deactivated category again, with its subtree; 409 while its parent is deactivated. */
    @POST
    @Path("{id}/reactivation")
    public CatalogAdminViews.Category reactivate(@PathParam("id") String id) {
        return administration.reactivateCategory(category(id), english());
    }

    static long category(String raw) {
        return CatalogRequests.id(raw, "la categoría", "Category");
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
