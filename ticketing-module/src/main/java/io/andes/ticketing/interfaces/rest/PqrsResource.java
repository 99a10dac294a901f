package io.andes.ticketing.interfaces.rest;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.PqrsViews;
import io.andes.ticketing.application.PqrsUseCases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** The caller's tenant's PQRS box: file, list, read one by its filing number, add to it until it is closed. */
@Path("v1/pqrs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class PqrsResource {

    @Inject
    PqrsUseCases pqrs;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(RequestBodies.Filing body) {
        var valid = bodies.valid(body);
        PqrsViews.Pqrs filed = pqrs.file(valid.kind(), valid.subject(), valid.description(), english());
        return Response.created(URI.create("v1/pqrs/" + filed.number()))
                .entity(filed)
                .build();
    }

    @GET
    public Page<PqrsViews.PqrsSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return pqrs.list(PageRequest.of(page, size), english());
    }

    @GET
    @Path("{number}")
    public PqrsViews.Pqrs view(@PathParam("number") String number) {
        return pqrs.view(number, english());
    }

    @POST
    @Path("{number}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("number") String number, RequestBodies.Message body) {
        return Response.status(Response.Status.CREATED)
                .entity(pqrs.reply(number, bodies.valid(body).body()))
                .build();
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
