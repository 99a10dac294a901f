package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.DeskSetup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Canned responses: every desk worker reads them; support agents and platform admins write them. */
@Path("v1/support/canned-responses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN})
public class CannedResponsesResource {

    @Inject
    DeskSetup setup;

    @Inject
    BodyValidator bodies;

    @GET
    @AllowedRoles({Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN, Roles.BILLING_STAFF})
    public List<TicketViews.CannedResponse> list() {
        return setup.cannedResponses();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(DeskRequests.CannedText body) {
        var valid = bodies.valid(body);
        return Response.status(Response.Status.CREATED)
                .entity(setup.addCannedResponse(valid.title(), valid.body()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketViews.CannedResponse change(@PathParam("id") String id, DeskRequests.CannedText body) {
        var valid = bodies.valid(body);
        return setup.changeCannedResponse(id, valid.title(), valid.body());
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        setup.removeCannedResponse(id);
        return Response.noContent().build();
    }
}
