package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.PqrsViews;
import io.andes.ticketing.application.PqrsDesk;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The vendor's side of a tenant's PQRS: read it (stating why), answer it, close it. */
@Path("v1/support/pqrs/{tenant}/{number}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.SUPPORT_AGENT, Roles.BILLING_STAFF, Roles.PLATFORM_ADMIN})
public class SupportPqrsResource {

    @Inject
    PqrsDesk desk;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @GET
    public PqrsViews.Pqrs view(
            @PathParam("tenant") String tenant,
            @PathParam("number") String number,
            @HeaderParam(TenantsResource.REASON_HEADER) String reason) {
        return desk.view(TenantsResource.id(tenant), number, TenantsResource.reason(reason), english());
    }

    @POST
    @Path("responses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response respond(
            @PathParam("tenant") String tenant, @PathParam("number") String number, RequestBodies.Message body) {
        PqrsViews.Message answer = desk.respond(
                TenantsResource.id(tenant), number, bodies.valid(body).body());
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    @POST
    @Path("closure")
    public PqrsViews.Pqrs close(@PathParam("tenant") String tenant, @PathParam("number") String number) {
        return desk.close(TenantsResource.id(tenant), number, english());
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
