package io.andes.core.interfaces.rest;

import io.andes.core.api.EntitlementService;
import io.andes.core.api.MovementReceipt;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** The ledger of the caller's tenant's consumptions and releases, newest first. */
@Path("v1/entitlement-movements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class EntitlementMovementsResource {

    @Inject
    EntitlementService entitlements;

    @GET
    public Page<MovementReceipt> list(
            @QueryParam("type") String type, @QueryParam("page") String page, @QueryParam("size") String size) {
        return entitlements.movements(
                Optional.ofNullable(type).map(EntitlementsResource::parse), PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public MovementReceipt get(@PathParam("id") String id) {
        return entitlements.movement(id);
    }
}
