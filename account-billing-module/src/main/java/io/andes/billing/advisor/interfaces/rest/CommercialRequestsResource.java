package io.andes.billing.advisor.interfaces.rest;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.CommercialRequests;
import io.andes.billing.advisor.application.QuoteAcceptance;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
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

/**
 * The caller's tenant's commercial requests to its advisor: send, list, read one by its number, write on it, accept a
 * quote (admins). Text that reads like a support problem is a 422 offering a ticket unless {@code confirmCommercial}.
 */
@Path("v1/commercial-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class CommercialRequestsResource {

    @Inject
    CommercialRequests requests;

    @Inject
    QuoteAcceptance quotes;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(AdvisorRequests.NewRequest body) {
        var valid = bodies.valid(body);
        AdvisorViews.Request sent = requests.send(
                valid.type(), valid.message(), valid.preferredContactTime(), valid.confirmCommercial(), english());
        return Response.created(URI.create("v1/commercial-requests/" + sent.number()))
                .entity(sent)
                .build();
    }

    @GET
    public Page<AdvisorViews.RequestSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return requests.list(PageRequest.of(page, size), english());
    }

    @GET
    @Path("{number}")
    public AdvisorViews.Request view(@PathParam("number") String number) {
        return requests.view(number, english());
    }

    @POST
    @Path("{number}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("number") String number, AdvisorRequests.Message body) {
        var valid = bodies.valid(body);
        return Response.status(Response.Status.CREATED)
                .entity(requests.reply(number, valid.body(), valid.confirmCommercial()))
                .build();
    }

    @POST
    @Path("{number}/quotes/{quote}/acceptance")
    public AdvisorViews.Request accept(@PathParam("number") String number, @PathParam("quote") String quote) {
        return quotes.accept(number, quote, english());
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
