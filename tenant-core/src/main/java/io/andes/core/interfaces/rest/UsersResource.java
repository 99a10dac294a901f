package io.andes.core.interfaces.rest;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantUserView;
import io.andes.core.api.UserInvitation;
import io.andes.core.application.TenantUserUseCases;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The caller's tenant's users, for its tenant-admins: invite (takes a USERS slot, the identity provider e-mails the
 * set-password link), change role between tenant-user and tenant-admin, deactivate (frees the slot).
 */
@Path("v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.TENANT_ADMIN)
public class UsersResource {

    @Inject
    TenantUserUseCases users;

    @Inject
    BodyValidator bodies;

    @GET
    public Page<TenantUserView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return users.list(PageRequest.of(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(UserRequests.Invite body) {
        var valid = bodies.valid(body);
        TenantUserView user = users.invite(
                new UserInvitation(valid.email(), valid.firstName(), valid.lastName(), users.roleNamed(valid.role())));
        return Response.created(URI.create("v1/users/" + user.id()))
                .entity(user)
                .build();
    }

    @PUT
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public TenantUserView changeRole(@PathParam("id") String id, UserRequests.RoleChange body) {
        return users.changeRole(id, users.roleNamed(bodies.valid(body).role()));
    }

    @POST
    @Path("{id}/deactivation")
    public TenantUserView deactivate(@PathParam("id") String id) {
        return users.deactivate(id);
    }
}
