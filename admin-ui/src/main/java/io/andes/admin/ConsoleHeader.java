package io.andes.admin;

import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the console's layout shows on every page: who is signed in, which menu, which language. */
@Named("consoleHeader")
@RequestScoped
public class ConsoleHeader {

    @Inject
    CurrentUser user;

    @Inject
    LanguageSelection language;

    public String getUserName() {
        return user.isAuthenticated() ? user.username() : "";
    }

    public boolean isPlatformAdmin() {
        return user.hasRole(Roles.PLATFORM_ADMIN);
    }

    /** Support agents and platform admins write the knowledge base and the news. */
    public boolean isKnowledgeEditor() {
        return user.hasRole(Roles.SUPPORT_AGENT) || user.hasRole(Roles.PLATFORM_ADMIN);
    }

    @Inject
    ConsoleAccess access;

    /** Support agents, platform admins and billing staff work ticket queues; advisors never see support tickets. */
    public boolean isDeskWorker() {
        return access.isDeskWorker();
    }

    /** Advisors and platform admins work the advisor channel; support and billing staff never see it. */
    public boolean isAdvisorDesk() {
        return access.isAdvisorDesk();
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
