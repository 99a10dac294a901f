package io.andes.billing.advisor.interfaces.rest;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.ChannelSettings;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** "Mi asesor comercial": the caller's tenant's advisor (name, e-mail, phone, hours); 404 while it has none. */
@Path("v1/my-advisor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class MyAdvisorResource {

    @Inject
    ChannelSettings channel;

    @GET
    public AdvisorViews.Advisor advisor() {
        return channel.advisor();
    }
}
