package io.andes.core.interfaces.rest;

import io.andes.core.api.EntitlementService;
import io.andes.core.api.EntitlementType;
import io.andes.core.api.EntitlementView;
import io.andes.core.api.MovementReceipt;
import io.andes.core.api.Page;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The caller's tenant's quotas, for the vendor's own products: they ask before they act (issue a tax document, pay a
 * worker) and give back what they did not use. The tenant is the one in the token. One instance serves every call (it
 * holds no state of a call), so that none is built per consumption.
 */
@Path("v1/entitlements")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class EntitlementsResource {

    @Inject
    EntitlementService entitlements;

    @Inject
    BodyValidator bodies;

    @GET
    public Page<EntitlementView> list(@Context HttpHeaders headers) {
        var all = localized(entitlements.list(), headers);
        return new Page<>(all, 0, all.size(), all.size());
    }

    @GET
    @Path("{type}")
    public EntitlementView get(@PathParam("type") String type, @Context HttpHeaders headers) {
        return entitlements
                .get(parse(type))
                .inLanguage(ProblemResponses.prefersEnglish(headers.getAcceptableLanguages()));
    }

    static java.util.List<EntitlementView> localized(java.util.List<EntitlementView> views, HttpHeaders headers) {
        boolean english = ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
        return views.stream().map(view -> view.inLanguage(english)).toList();
    }

    @POST
    @Path("{type}/consumptions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response consume(
            @PathParam("type") String type, @HeaderParam("Idempotency-Key") String key, QuantityRequest body) {
        return created(entitlements.consume(parse(type), bodies.valid(body).units(), key));
    }

    @POST
    @Path("{type}/releases")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response release(
            @PathParam("type") String type, @HeaderParam("Idempotency-Key") String key, QuantityRequest body) {
        return created(entitlements.release(parse(type), bodies.valid(body).units(), key));
    }

    static EntitlementType parse(String type) {
        return EntitlementType.parse(type)
                .orElseThrow(() -> ProblemException.notFound("el cupo " + type, "Quota " + type));
    }

    private static Response created(MovementReceipt receipt) {
        return Response.created(URI.create("v1/entitlement-movements/" + receipt.id()))
                .header("Idempotent-Replayed", receipt.replayed())
                .entity(receipt)
                .build();
    }
}
