package io.andes.billing.advisor.interfaces.rest;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.AdvisorInbox;
import io.andes.billing.advisor.application.AdvisorOffers;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The advisors' inbox: the requests of their own tenants (platform admins: all), and on one request: read, answer,
 * schedule a demonstration or training, attach a quote, close. Support agents and billing staff are refused (403); an
 * advisor asking for another advisor's tenant gets a 404.
 */
@Path("v1/advisor/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.ADVISOR, Roles.PLATFORM_ADMIN})
public class AdvisorInboxResource {

    @Inject
    AdvisorInbox inbox;

    @Inject
    AdvisorOffers offers;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @GET
    public Page<AdvisorViews.RequestSummary> list(
            @QueryParam("status") String status,
            @QueryParam("tenant") String tenant,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return inbox.list(status, tenant, PageRequest.of(page, size), english());
    }

    @GET
    @Path("{tenant}/{number}")
    public AdvisorViews.Request view(
            @PathParam("tenant") String tenant,
            @PathParam("number") String number,
            @HeaderParam(TenantsResource.REASON_HEADER) String reason) {
        return inbox.view(TenantsResource.id(tenant), number, TenantsResource.reason(reason), english());
    }

    @POST
    @Path("{tenant}/{number}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(
            @PathParam("tenant") String tenant, @PathParam("number") String number, AdvisorRequests.Answer body) {
        var answered = inbox.reply(
                TenantsResource.id(tenant), number, bodies.valid(body).body(), english());
        return Response.status(Response.Status.CREATED).entity(answered).build();
    }

    @POST
    @Path("{tenant}/{number}/session")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdvisorViews.Request schedule(
            @PathParam("tenant") String tenant, @PathParam("number") String number, AdvisorRequests.Session body) {
        var valid = bodies.valid(body);
        return offers.schedule(TenantsResource.id(tenant), number, valid.kind(), valid.at(), valid.link(), english());
    }

    @POST
    @Path("{tenant}/{number}/quotes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response quote(
            @PathParam("tenant") String tenant, @PathParam("number") String number, AdvisorRequests.Quote body) {
        var quoted = offers.quote(
                TenantsResource.id(tenant), number, bodies.valid(body).draft(), english());
        return Response.status(Response.Status.CREATED).entity(quoted).build();
    }

    @POST
    @Path("{tenant}/{number}/closure")
    public AdvisorViews.Request close(@PathParam("tenant") String tenant, @PathParam("number") String number) {
        return inbox.close(TenantsResource.id(tenant), number, english());
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
