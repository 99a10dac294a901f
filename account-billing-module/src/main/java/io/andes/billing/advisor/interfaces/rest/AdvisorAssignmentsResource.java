package io.andes.billing.advisor.interfaces.rest;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.AdvisorAssignments;
import io.andes.billing.advisor.domain.AdvisorCard;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Who advises whom: the assignments (an advisor sees their own, platform admins all and reassign), and the advisors'
 * profiles as the tenants see them (platform admins keep any, an advisor their own).
 */
@Path("v1/advisor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.ADVISOR, Roles.PLATFORM_ADMIN})
public class AdvisorAssignmentsResource {

    @Inject
    AdvisorAssignments assignments;

    @Inject
    BodyValidator bodies;

    @GET
    @Path("assignments")
    public List<AdvisorViews.Assignment> assignments() {
        return assignments.assignments();
    }

    @PUT
    @Path("assignments/{tenant}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Roles.PLATFORM_ADMIN)
    public AdvisorViews.Assignment assign(@PathParam("tenant") String tenant, AdvisorRequests.Assignment body) {
        return assignments.assign(
                TenantsResource.id(tenant), bodies.valid(body).advisor().strip());
    }

    @GET
    @Path("profiles")
    public List<AdvisorViews.Advisor> profiles() {
        return assignments.profiles();
    }

    @PUT
    @Path("profiles/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdvisorViews.Advisor saveProfile(@PathParam("username") String username, AdvisorRequests.Profile body) {
        var valid = bodies.valid(body);
        return assignments.saveProfile(
                username, new AdvisorCard(valid.name(), valid.email(), valid.phone(), valid.hours()));
    }
}
