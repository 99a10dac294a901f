package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.DeskAssignments;
import io.andes.ticketing.application.DuplicateMerger;
import io.andes.ticketing.application.SupportDesk;
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

/** The support agents' side of a tenant's ticket: read it with internal notes, answer, note, resolve, mark urgent,
 * assign, merge into another ticket of the same tenant. */
@Path("v1/support/tickets/{tenant}/{number}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN})
public class SupportTicketsResource {

    @Inject
    SupportDesk desk;

    @Inject
    DuplicateMerger merger;

    @Inject
    DeskAssignments assignments;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @GET
    public TicketViews.Ticket view(
            @PathParam("tenant") String tenant,
            @PathParam("number") String number,
            @HeaderParam(TenantsResource.REASON_HEADER) String reason) {
        return desk.view(
                TenantsResource.id(tenant),
                number,
                TenantsResource.reason(reason),
                ProblemResponses.prefersEnglish(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(
            @PathParam("tenant") String tenant, @PathParam("number") String number, TicketRequests.Answer body) {
        var valid = bodies.valid(body);
        TicketViews.Message message = desk.answer(
                TenantsResource.id(tenant), number, valid.body(), valid.internal(), valid.waitForCustomer());
        return Response.status(Response.Status.CREATED).entity(message).build();
    }

    @POST
    @Path("resolution")
    public TicketViews.Ticket resolve(@PathParam("tenant") String tenant, @PathParam("number") String number) {
        return desk.resolve(
                TenantsResource.id(tenant), number, ProblemResponses.prefersEnglish(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("urgency")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketViews.Ticket markUrgent(
            @PathParam("tenant") String tenant, @PathParam("number") String number, TicketRequests.Urgency body) {
        return desk.markUrgent(
                TenantsResource.id(tenant),
                number,
                bodies.valid(body).reason(),
                ProblemResponses.prefersEnglish(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketViews.Ticket merge(
            @PathParam("tenant") String tenant, @PathParam("number") String number, DeskRequests.Merge body) {
        return merger.merge(
                TenantsResource.id(tenant), number, bodies.valid(body).into(), english());
    }

    @POST
    @Path("assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketViews.Ticket assign(
            @PathParam("tenant") String tenant, @PathParam("number") String number, DeskRequests.Assignment body) {
        return assignments.assign(
                TenantsResource.id(tenant), number, bodies.valid(body).agent(), english());
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
