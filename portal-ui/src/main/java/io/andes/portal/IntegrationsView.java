package io.andes.portal;

import io.andes.core.api.NewWebhook;
import io.andes.core.api.NotificationSettings;
import io.andes.core.api.WebhookView;
import io.andes.core.api.Webhooks;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * "Integraciones", for the company's administrators: webhook endpoints (the signing secret is shown once, right after
 * creating one), deleting and testing them, and the SMS notices switch.
 */
@Named("integrationsView")
@ViewScoped
public class IntegrationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Webhooks webhooks;

    @Inject
    NotificationSettings settings;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    PortalMessages messages;

    private String url;
    private List<String> events;
    private String shownSecret;
    private Boolean sms;
    private transient List<WebhookView> endpoints;

    public void requireAdministrator() throws IOException {
        AdministratorsOnly.require(user.get());
    }

    public List<WebhookView> getEndpoints() {
        if (endpoints == null) {
            endpoints = administrator() ? webhooks.list() : List.of();
        }
        return endpoints;
    }

    public void create() {
        shownSecret = null;
        act(() -> {
            NewWebhook created = webhooks.create(url, events);
            shownSecret = created.secret();
            url = null;
            messages.info("integrations.created", created.endpoint().url());
        });
    }

    public void delete(WebhookView endpoint) {
        act(() -> {
            webhooks.delete(endpoint.id());
            messages.info("integrations.deleted", endpoint.url());
        });
    }

    public void test(WebhookView endpoint) {
        act(() -> {
            webhooks.ping(endpoint.id());
            messages.info("integrations.tested", endpoint.url());
        });
    }

    public void saveSms() {
        act(() -> {
            sms = settings.enableSms(Boolean.TRUE.equals(sms));
            messages.info(sms ? "integrations.sms.on" : "integrations.sms.off");
        });
    }

    private void act(Runnable change) {
        try {
            if (!administrator()) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Solo los administradores de la empresa gestionan sus integraciones.",
                        "Only the company's administrators manage its integrations.");
            }
            change.run();
            endpoints = null;
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private boolean administrator() {
        return user.get().hasRole(Roles.TENANT_ADMIN);
    }

    public boolean isSms() {
        if (sms == null) {
            sms = administrator() && settings.smsEnabled();
        }
        return sms;
    }

    public void setSms(boolean sms) {
        this.sms = sms;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        if (events == null) {
            events = new ArrayList<>(webhooks.eventTypes());
        }
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events;
    }

    public List<String> getEventChoices() {
        return webhooks.eventTypes();
    }

    public String getShownSecret() {
        return shownSecret;
    }
}
