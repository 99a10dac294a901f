package io.andes.admin;

import static io.andes.core.security.Roles.BILLING_STAFF;
import static io.andes.core.security.Roles.PLATFORM_ADMIN;

import io.andes.core.application.TenantAdministration;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantStatus;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.util.Set;

/**
 * Suspending or reactivating the tenant of the detail page, always with a reason. The buttons show only to those who
 * may do it, and the change is refused to anyone else even if asked for without the buttons.
 */
@Named("tenantStatus")
@ViewScoped
public class TenantStatusChange implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Suspending for non-payment is the administrative area's call; platform administrators may do anything. */
    private static final Set<String> STATUS_CHANGERS = Set.of(PLATFORM_ADMIN, BILLING_STAFF);

    @Inject
    TenantDetailView detail;

    @Inject
    TenantAdministration administration;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    ConsoleMessages messages;

    private Change pending;
    private String reason;

    /** The two changes the page offers, and the message each ends with. */
    public enum Change {
        SUSPEND("tenant.suspend.done"),
        REACTIVATE("tenant.reactivate.done");

        private final String doneKey;

        Change(String doneKey) {
            this.doneKey = doneKey;
        }
    }

    public void askSuspension() {
        ask(Change.SUSPEND);
    }

    public void askReactivation() {
        ask(Change.REACTIVATE);
    }

    private void ask(Change change) {
        pending = change;
        reason = null;
    }

    /** Applies the change asked for with the reason given; a refusal keeps the dialog open with the explanation. */
    public void confirm() {
        try {
            if (!isAllowed() || pending == null) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Solo administración y los administradores de la plataforma suspenden o reactivan clientes.",
                        "Only the administrative area and platform administrators suspend or reactivate tenants.");
            }
            Tenant after = pending == Change.SUSPEND
                    ? administration.suspend(detail.id(), reason)
                    : administration.reactivate(detail.id(), reason);
            detail.changed(after);
            messages.info(pending.doneKey, after.legalName());
            pending = null;
            reason = null;
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public boolean isSuspendable() {
        return isAllowed() && detail.getTenant().status() == TenantStatus.ACTIVE;
    }

    public boolean isReactivatable() {
        return isAllowed() && detail.getTenant().status() == TenantStatus.SUSPENDED;
    }

    private boolean isAllowed() {
        return detail.isFound() && user.get().hasAnyRole(STATUS_CHANGERS);
    }

    public Change getPending() {
        return pending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
