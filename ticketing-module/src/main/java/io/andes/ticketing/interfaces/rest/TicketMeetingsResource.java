package io.andes.ticketing.interfaces.rest;

import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.VisitViews;
import io.andes.ticketing.application.TicketMeetings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The meetings of one of the caller's tenant's tickets. */
@Path("v1/tickets/{number}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class TicketMeetingsResource {

    @Inject
    TicketMeetings meetings;

    @GET
    public List<VisitViews.Meeting> list(@PathParam("number") String number) {
        return meetings.forTenant(number);
    }
}
