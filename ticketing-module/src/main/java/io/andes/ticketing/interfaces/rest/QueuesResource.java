package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.application.QueueSetup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The desk's queues with their agents: platform admins add and rename them (agents: {@link QueueAgentsResource}). */
@Path("v1/support/queues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.PLATFORM_ADMIN)
public class QueuesResource {

    @Inject
    QueueSetup queues;

    @Inject
    BodyValidator bodies;

    @GET
    public List<CatalogAdminViews.Queue> list() {
        return queues.queues();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(CatalogRequests.NewEntry body) {
        var valid = bodies.valid(body);
        return Response.status(Response.Status.CREATED)
                .entity(queues.add(valid.code(), valid.names()))
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CatalogAdminViews.Queue rename(@PathParam("code") String code, CatalogRequests.Names body) {
        return queues.rename(code, bodies.valid(body).names());
    }
}
