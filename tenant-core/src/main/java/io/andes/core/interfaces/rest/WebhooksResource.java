package io.andes.core.interfaces.rest;

import io.andes.core.api.NewWebhook;
import io.andes.core.api.WebhookView;
import io.andes.core.api.Webhooks;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The caller's tenant's webhook endpoints, for its tenant-admins: register one (the signing secret is in this answer
 * only), list them (never with secrets), delete one, send it a test ping. Another tenant's endpoint id is a 404.
 */
@Path("v1/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.TENANT_ADMIN)
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    @Inject
    BodyValidator bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WebhookRequests.Create body) {
        var valid = bodies.valid(body);
        NewWebhook created = webhooks.create(valid.url(), valid.events());
        return Response.created(URI.create("v1/webhooks/" + created.endpoint().id()))
                .entity(created)
                .build();
    }

    @GET
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/test")
    public Response test(@PathParam("id") String id) {
        return Response.accepted(new WebhookRequests.Ping(webhooks.ping(id))).build();
    }
}
