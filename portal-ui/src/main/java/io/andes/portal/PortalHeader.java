package io.andes.portal;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the portal's layout shows on every page: whose company, who is signed in, which menu, which language. */
@Named("portalHeader")
@RequestScoped
public class PortalHeader {

    @Inject
    CurrentUser user;

    @Inject
    TenantDirectory tenants;

    @Inject
    LanguageSelection language;

    public String getTenantName() {
        return user.tenant()
                .flatMap(tenants::find)
                .map(TenantSummary::legalName)
                .orElse("");
    }

    public String getUserName() {
        return user.isAuthenticated() ? user.username() : "";
    }

    public boolean isAdministrator() {
        return user.hasRole(Roles.TENANT_ADMIN);
    }

    public void useSpanish() {
        language.useSpanish();
        showInSelectedLanguage();
    }

    public void useEnglish() {
        language.useEnglish();
        showInSelectedLanguage();
    }

    /**
     * f:view reads its locale when the view is built, which on a postback is before this action: without this the
     * page would switch language only on the next request.
     */
    private void showInSelectedLanguage() {
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.getLocale());
    }
}
