package io.andes.core.interfaces.rest;

import io.andes.core.api.NotificationSettings;
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

/** The caller's tenant's notification settings: {@code {"sms": true|false}}, changed by its tenant-admins. */
@Path("v1/settings/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.TENANT_ADMIN)
public class NotificationSettingsResource {

    @Inject
    NotificationSettings settings;

    @Inject
    BodyValidator bodies;

    @GET
    public WebhookRequests.Settled read() {
        return new WebhookRequests.Settled(settings.smsEnabled());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookRequests.Settled change(WebhookRequests.Settings body) {
        return new WebhookRequests.Settled(settings.enableSms(bodies.valid(body).sms()));
    }
}
