package io.andes.admin;

import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Which console areas a staff member works, enforced on the pages themselves (a view action answers 403 whatever link
 * brought them there): support tickets are never an advisor's, and the advisor channel is never support's or billing's.
 */
@Named("consoleAccess")
@RequestScoped
public class ConsoleAccess {

    @Inject
    CurrentUser user;

    /** Support agents, platform admins and billing staff work ticket queues; advisors never see support tickets. */
    public boolean isDeskWorker() {
        return user.hasRole(Roles.SUPPORT_AGENT)
                || user.hasRole(Roles.PLATFORM_ADMIN)
                || user.hasRole(Roles.BILLING_STAFF);
    }

    /** Advisors and platform admins work the advisor channel. */
    public boolean isAdvisorDesk() {
        return user.hasRole(Roles.ADVISOR) || user.hasRole(Roles.PLATFORM_ADMIN);
    }

    /** Billing staff and platform admins work subscriptions, invoices and renewal runs. */
    public boolean isBillingDesk() {
        return user.hasRole(Roles.BILLING_STAFF) || user.hasRole(Roles.PLATFORM_ADMIN);
    }

    /** Only platform admins keep the catalog's prices and the advisors' profiles. */
    public boolean isPlatformAdmin() {
        return user.hasRole(Roles.PLATFORM_ADMIN);
    }

    /**
     * The tenant directory ("Clientes" and a tenant's page) lists every tenant, so it is the desk's and billing's, not an
     * advisor's: advisors see only their own tenants, in their inbox.
     */
    public boolean isTenantDirectory() {
        return isDeskWorker();
    }

    /** The console's home is the tenant directory; an advisor lands on the advisor inbox instead. */
    public String enterTenantDirectory() throws IOException {
        if (!isTenantDirectory() && user.hasRole(Roles.ADVISOR)) {
            return "/admin/asesoria?faces-redirect=true";
        }
        refuseUnless(isTenantDirectory());
        return null;
    }

    public void requireDeskWorker() throws IOException {
        refuseUnless(isDeskWorker());
    }

    public void requireAdvisorDesk() throws IOException {
        refuseUnless(isAdvisorDesk());
    }

    public void requireBillingDesk() throws IOException {
        refuseUnless(isBillingDesk());
    }

    public void requirePlatformAdmin() throws IOException {
        refuseUnless(isPlatformAdmin());
    }

    private static void refuseUnless(boolean allowed) throws IOException {
        if (!allowed) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            faces.responseComplete();
        }
    }
}
