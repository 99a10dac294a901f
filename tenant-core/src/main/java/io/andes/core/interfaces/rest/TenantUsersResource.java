package io.andes.core.interfaces.rest;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantUserService;
import io.andes.core.api.TenantUserView;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.core.tenancy.StaffTenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Staff read one tenant's users through an audited call that states why (header {@code X-Access-Reason}). */
@Path("v1/tenants/{code}/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.PLATFORM_ADMIN, Roles.SUPPORT_AGENT, Roles.BILLING_STAFF})
public class TenantUsersResource {

    @Inject
    TenantUserService users;

    @Inject
    StaffTenantAccess staffAccess;

    @GET
    public Page<TenantUserView> list(
            @PathParam("code") String code,
            @HeaderParam(TenantsResource.REASON_HEADER) String why,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return staffAccess.call(
                TenantsResource.id(code),
                "staff.read-users",
                "users",
                TenantsResource.reason(why),
                () -> users.list(request));
    }
}
