package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.VisitViews;
import io.andes.ticketing.application.ServiceVisits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The agents' service visits on a tenant's ticket: schedule one after the remote checklist, list, record outcome. */
@Path("v1/support/tickets/{tenant}/{number}/visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN})
public class SupportVisitsResource {

    @Inject
    ServiceVisits visits;

    @Inject
    BodyValidator bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(
            @PathParam("tenant") String tenant, @PathParam("number") String number, VisitRequests.ScheduleVisit body) {
        var valid = bodies.valid(body);
        VisitViews.Visit visit = visits.schedule(TenantsResource.id(tenant), number, valid.checklist(), valid.plan());
        return Response.status(Response.Status.CREATED).entity(visit).build();
    }

    @GET
    public List<VisitViews.Visit> list(
            @PathParam("tenant") String tenant,
            @PathParam("number") String number,
            @HeaderParam(TenantsResource.REASON_HEADER) String reason) {
        return visits.forStaff(TenantsResource.id(tenant), number, TenantsResource.reason(reason));
    }

    @POST
    @Path("{folio}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public VisitViews.Visit outcome(
            @PathParam("tenant") String tenant,
            @PathParam("number") String number,
            @PathParam("folio") String folio,
            VisitRequests.Outcome body) {
        var valid = bodies.valid(body);
        return visits.recordOutcome(TenantsResource.id(tenant), number, folio, valid.done(), valid.outcome());
    }
}
