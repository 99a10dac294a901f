package io.andes.ticketing.interfaces.rest;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.RequestViews;
import io.andes.ticketing.application.RequestSubmission;
import io.andes.ticketing.application.RequestUseCases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
 * The caller's tenant's multi-item requests: start a draft, add and remove items, submit it (each item becomes a
 * ticket), read one by id or number, list them. Photos of an item: {@link RequestPhotosResource}.
 */
@Path("v1/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class RequestsResource {

    @Inject
    RequestUseCases requests;

    @Inject
    RequestSubmission submission;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(RequestBodies.Draft body) {
        RequestViews.Request draft = requests.start(bodies.valid(body).serviceCode(), english());
        return Response.created(URI.create("v1/requests/" + draft.id()))
                .entity(draft)
                .build();
    }

    @GET
    public Page<RequestViews.RequestSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return requests.list(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public RequestViews.Request view(@PathParam("id") String id) {
        return requests.view(id, english());
    }

    @POST
    @Path("{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addItem(@PathParam("id") String id, RequestBodies.Item body) {
        var valid = bodies.valid(body);
        RequestViews.Item item =
                requests.addItem(id, valid.categoryId(), valid.description(), valid.fields(), english());
        return Response.status(Response.Status.CREATED).entity(item).build();
    }

    @DELETE
    @Path("{id}/items/{itemId}")
    public Response removeItem(@PathParam("id") String id, @PathParam("itemId") String itemId) {
        requests.removeItem(id, itemId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submission")
    public Response submit(@PathParam("id") String id) {
        RequestViews.Request submitted = submission.submit(id, english());
        return Response.created(URI.create("v1/requests/" + submitted.number()))
                .entity(submitted)
                .build();
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
