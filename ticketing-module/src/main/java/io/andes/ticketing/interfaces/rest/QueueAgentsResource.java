package io.andes.ticketing.interfaces.rest;

import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.application.DeskSetup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The agents of a queue, among whom new tickets go round; platform admins change them. */
@Path("v1/support/queues/{queue}/agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.PLATFORM_ADMIN)
public class QueueAgentsResource {

    @Inject
    DeskSetup setup;

    @GET
    @AllowedRoles({Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN})
    public List<String> list(@PathParam("queue") String queue) {
        return setup.agents(queue);
    }

    @PUT
    @Path("{username}")
    public List<String> add(@PathParam("queue") String queue, @PathParam("username") String username) {
        return setup.addAgent(queue, username);
    }

    @DELETE
    @Path("{username}")
    public List<String> remove(@PathParam("queue") String queue, @PathParam("username") String username) {
        return setup.removeAgent(queue, username);
    }
}
