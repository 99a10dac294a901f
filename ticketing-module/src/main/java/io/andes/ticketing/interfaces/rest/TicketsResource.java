package io.andes.ticketing.interfaces.rest;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.TicketUseCases;
import io.andes.ticketing.domain.ticket.TicketContent;
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
import java.util.List;

/** The caller's tenant's tickets: similar open ones before opening, open, history with filters, one ticket, add information, close, reopen. */
@Path("v1/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class TicketsResource {

    @Inject
    TicketUseCases tickets;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(TicketRequests.Open body) {
        var valid = bodies.valid(body);
        TicketViews.Ticket ticket = tickets.open(
                valid.serviceCode(),
                valid.categoryId(),
                new TicketContent(valid.subject(), valid.description(), valid.contactPhone()),
                valid.fields(),
                valid.continues(),
                english());
        return Response.created(URI.create("v1/tickets/" + ticket.number()))
                .entity(ticket)
                .build();
    }

    @GET
    public Page<TicketViews.TicketSummary> history(
            @QueryParam("status") String status,
            @QueryParam("categoryId") String categoryId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("q") String text,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return tickets.history(
                HistoryFilters.query(status, categoryId, from, to, text), PageRequest.of(page, size), english());
    }

    /**
     * Before opening: the company's open tickets in the category or with a very similar subject, to add to one of them
     * instead (opening does not check again).
     */
    @GET
    @Path("similar-open")
    public List<TicketViews.SimilarTicket> similarOpen(
            @QueryParam("categoryId") String categoryId, @QueryParam("subject") String subject) {
        return tickets.similarOpen(HistoryFilters.category(categoryId), subject);
    }

    @GET
    @Path("{number}")
    public TicketViews.Ticket view(@PathParam("number") String number) {
        return tickets.view(number, english());
    }

    @POST
    @Path("{number}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("number") String number, TicketRequests.Reply body) {
        return Response.status(Response.Status.CREATED)
                .entity(tickets.reply(number, bodies.valid(body).body()))
                .build();
    }

    @POST
    @Path("{number}/closure")
    public TicketViews.Ticket close(@PathParam("number") String number) {
        return tickets.close(number, english());
    }

    @POST
    @Path("{number}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketViews.Ticket reopen(@PathParam("number") String number, TicketRequests.Reopen body) {
        return tickets.reopen(number, bodies.valid(body).reason(), english());
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
