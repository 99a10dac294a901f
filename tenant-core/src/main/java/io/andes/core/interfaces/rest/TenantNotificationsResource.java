package io.andes.core.interfaces.rest;

import io.andes.core.api.NotificationView;
import io.andes.core.api.Notifications;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.core.tenancy.StaffTenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;

/**
 * Staff see one tenant's notifications with their delivery status and send a FAILED one again. Both are audited staff
 * accesses that state why (header {@code X-Access-Reason}), bound to the tenant of the URL: another tenant's
 * notification id is simply not found.
 */
@Path("v1/tenants/{code}/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.PLATFORM_ADMIN, Roles.SUPPORT_AGENT, Roles.BILLING_STAFF})
public class TenantNotificationsResource {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    Notifications notifications;

    @Inject
    StaffTenantAccess staffAccess;

    @GET
    public Page<NotificationView> list(
            @PathParam("code") String code,
            @HeaderParam(TenantsResource.REASON_HEADER) String why,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return staffAccess.call(
                TenantsResource.id(code),
                "staff.read-notifications",
                "notifications",
                TenantsResource.reason(why),
                () -> notifications.list(request));
    }

    @POST
    @Path("{id}/retry")
    @AllowedRoles({Roles.PLATFORM_ADMIN, Roles.SUPPORT_AGENT})
    public Response retry(
            @PathParam("code") String code,
            @PathParam("id") String id,
            @HeaderParam(TenantsResource.REASON_HEADER) String why) {
        String notification = knownShape(id);
        NotificationView retried = staffAccess.call(
                TenantsResource.id(code),
                "staff.retry-notification",
                notification,
                TenantsResource.reason(why),
                () -> notifications.retry(notification));
        return Response.accepted(retried).build();
    }

    /** Ids are UUIDs; anything else cannot exist (and must not reach the audit log's target column). */
    private static String knownShape(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw ProblemException.notFound("la notificación " + id, "Notification " + id);
        }
        return id;
    }
}
