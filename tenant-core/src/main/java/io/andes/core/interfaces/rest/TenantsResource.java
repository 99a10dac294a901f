package io.andes.core.interfaces.rest;

import io.andes.core.api.EntitlementService;
import io.andes.core.api.EntitlementView;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.application.TenantAdministration;
import io.andes.core.audit.AuditEvent;
import io.andes.core.audit.AuditLog;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The vendor staff's view of tenants. Reading a tenant's own data (its quotas, its audit log) is a staff access: it
 * needs the {@code X-Access-Reason} header and is written to that tenant's audit log.
 */
@Path("v1/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.PLATFORM_ADMIN, Roles.SUPPORT_AGENT, Roles.BILLING_STAFF})
public class TenantsResource {

    public static final String REASON_HEADER = "X-Access-Reason";

    @Inject
    TenantAdministration administration;

    @Inject
    StaffTenantAccess staffAccess;

    @Inject
    EntitlementService entitlements;

    @Inject
    AuditLog audit;

    @Context
    HttpHeaders headers;

    @GET
    public Page<TenantView> search(
            @QueryParam("q") String text, @QueryParam("page") String page, @QueryParam("size") String size) {
        return administration.search(text, PageRequest.of(page, size)).map(TenantView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Roles.PLATFORM_ADMIN)
    public Response create(@Valid @NotNull TenantRequests.Create body) {
        TenantView created = TenantView.of(administration.create(body.profile().toProfile(), body.plan()));
        return Response.created(URI.create("v1/tenants/" + created.code()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{code}")
    public TenantView get(@PathParam("code") String code) {
        return TenantView.of(administration.get(id(code)));
    }

    @POST
    @Path("{code}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Roles.PLATFORM_ADMIN)
    public TenantView suspend(@PathParam("code") String code, @Valid @NotNull TenantRequests.StatusChange body) {
        return TenantView.of(administration.suspend(id(code), body.reason()));
    }

    @DELETE
    @Path("{code}/suspension")
    @AllowedRoles(Roles.PLATFORM_ADMIN)
    public TenantView reactivate(@PathParam("code") String code, @HeaderParam(REASON_HEADER) String reason) {
        return TenantView.of(administration.reactivate(id(code), reason(reason)));
    }

    @GET
    @Path("{code}/entitlements")
    @AllowedRoles({Roles.PLATFORM_ADMIN, Roles.SUPPORT_AGENT, Roles.BILLING_STAFF})
    public List<EntitlementView> entitlements(@PathParam("code") String code, @HeaderParam(REASON_HEADER) String why) {
        return EntitlementsResource.localized(
                staffAccess.call(id(code), "staff.read-entitlements", "entitlements", reason(why), entitlements::list),
                headers);
    }

    @PUT
    @Path("{code}/entitlements/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Roles.PLATFORM_ADMIN, Roles.BILLING_STAFF})
    public EntitlementView changeAdditional(
            @PathParam("code") String code,
            @PathParam("type") String type,
            @Valid @NotNull TenantRequests.Additional body) {
        var entitlement = EntitlementsResource.parse(type);
        return staffAccess.call(
                id(code),
                "staff.change-entitlement",
                entitlement.name(),
                body.reason(),
                () -> entitlements.changeAdditional(entitlement, body.additional(), body.reason()));
    }

    @GET
    @Path("{code}/audit-events")
    @AllowedRoles(Roles.PLATFORM_ADMIN)
    public Page<AuditEventView> auditEvents(
            @PathParam("code") String code,
            @HeaderParam(REASON_HEADER) String why,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return staffAccess.call(
                id(code),
                "staff.read-audit-log",
                "audit-log",
                why,
                () -> new Page<>(
                        audit.recent(request.offset(), request.size()).stream()
                                .map(AuditEventView::of)
                                .toList(),
                        request.page(),
                        request.size(),
                        audit.count()));
    }

    /** Header values are ASCII; a reason in Spanish arrives percent-encoded ({@code revisi%C3%B3n}). */
    public static String reason(String header) {
        if (header == null) {
            return null;
        }
        try {
            return java.net.URLDecoder.decode(header.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return header;
        }
    }

    public static TenantId id(String code) {
        if (!TenantId.isValid(code)) {
            throw ProblemException.notFound("el cliente " + code, "Tenant " + code);
        }
        return new TenantId(code);
    }

    /** An audit line as staff see it. */
    public record AuditEventView(
            String id,
            java.time.Instant occurredAt,
            String actor,
            String action,
            String target,
            String address,
            String detail) {

        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(
                    e.id(), e.occurredAt(), e.actor(), e.action(), e.target(), e.address(), e.detail());
        }
    }
}
