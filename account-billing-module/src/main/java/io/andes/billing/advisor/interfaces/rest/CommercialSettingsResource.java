package io.andes.billing.advisor.interfaces.rest;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.ChannelSettings;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Whether the tenant's plain users may send commercial requests too (admins always may); admins change it. */
@Path("v1/commercial-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class CommercialSettingsResource {

    @Inject
    ChannelSettings channel;

    @Inject
    BodyValidator bodies;

    @GET
    public AdvisorViews.Settings settings() {
        return channel.settings();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Roles.TENANT_ADMIN)
    public AdvisorViews.Settings change(AdvisorRequests.Settings body) {
        return channel.change(bodies.valid(body).usersMaySend());
    }
}
