package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.VisitViews;
import io.andes.ticketing.application.TicketMeetings;
import io.andes.ticketing.domain.visit.MeetingLink;
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

/** The agents' meetings on a tenant's ticket: arrange one (https link only) and list them. */
@Path("v1/support/tickets/{tenant}/{number}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN})
public class SupportMeetingsResource {

    @Inject
    TicketMeetings meetings;

    @Inject
    BodyValidator bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(
            @PathParam("tenant") String tenant,
            @PathParam("number") String number,
            VisitRequests.ScheduleMeeting body) {
        var valid = bodies.valid(body);
        VisitViews.Meeting meeting = meetings.schedule(
                TenantsResource.id(tenant),
                number,
                valid.start(),
                valid.minutes(),
                MeetingLink.parse(valid.link()),
                valid.topic());
        return Response.status(Response.Status.CREATED).entity(meeting).build();
    }

    @GET
    public List<VisitViews.Meeting> list(
            @PathParam("tenant") String tenant,
            @PathParam("number") String number,
            @HeaderParam(TenantsResource.REASON_HEADER) String reason) {
        return meetings.forStaff(TenantsResource.id(tenant), number, TenantsResource.reason(reason));
    }
}
