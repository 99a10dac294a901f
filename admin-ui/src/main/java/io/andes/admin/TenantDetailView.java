package io.andes.admin;

import static io.andes.core.security.Roles.BILLING_STAFF;
import static io.andes.core.security.Roles.PLATFORM_ADMIN;
import static io.andes.core.security.Roles.SUPPORT_AGENT;

import io.andes.core.api.EntitlementService;
import io.andes.core.api.EntitlementView;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantUserService;
import io.andes.core.api.TenantUserView;
import io.andes.core.application.TenantAdministration;
import io.andes.core.audit.AuditEvent;
import io.andes.core.audit.AuditLog;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import io.andes.core.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One tenant as staff see it ({@code /admin/tenant.xhtml?code=...}): status, plan and profile, then its quotas, users
 * and audit log, each read through the audited staff access. Its status is changed by {@link TenantStatusChange}.
 */
@Named("tenantDetail")
@ViewScoped
public class TenantDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Written in the tenant's audit log with every read this page makes. */
    static final String READ_REASON = "Consulta desde la consola de staff";

    /** The roles the API lets read a tenant's quotas; its users are no less private. */
    private static final Set<String> DATA_READERS = Set.of(PLATFORM_ADMIN, SUPPORT_AGENT, BILLING_STAFF);
    /** As the API: only platform administrators read a tenant's audit log. */
    private static final Set<String> AUDIT_READERS = Set.of(PLATFORM_ADMIN);

    @Inject
    TenantAdministration administration;

    @Inject
    StaffTenantAccess staffAccess;

    @Inject
    EntitlementService entitlements;

    @Inject
    TenantUserService users;

    @Inject
    AuditLog audit;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    ConsoleMessages messages;

    @Inject
    TenantPresentation presentation;

    private String code;
    private String loadedCode;
    private boolean found;
    private transient Tenant tenant;
    private transient List<EntitlementView> quotas;
    private transient PagedModel<TenantUserView> userPages;
    private transient PagedModel<AuditEvent> auditPages;

    /** Finds the tenant named by the {@code code} parameter; an unknown code is a message, not an error page. */
    public void load() {
        if (code == null || code.isBlank()) {
            messages.error("tenant.noCode");
            return;
        }
        try {
            if (!TenantId.isValid(code)) {
                throw ProblemException.notFound("el cliente " + code, "Tenant " + code);
            }
            tenant = administration.get(new TenantId(code));
            loadedCode = code;
            found = true;
        } catch (ProblemException problem) {
            messages.problem(problem);
        }
    }

    /** Shows the tenant as a change on this page left it (public: called through the CDI proxy). */
    public void changed(Tenant after) {
        tenant = after;
    }

    public Tenant getTenant() {
        if (tenant == null && found) {
            tenant = administration.get(id());
        }
        return tenant;
    }

    public List<EntitlementView> getQuotas() {
        if (quotas == null && isDataReadable()) {
            quotas = staffRead("staff.read-entitlements", "entitlements", entitlements::list, List.of());
        }
        return quotas == null ? List.of() : quotas;
    }

    public PagedModel<TenantUserView> getUserPages() {
        if (userPages == null) {
            userPages = new PagedModel<>(
                    request -> staffRead(
                            "staff.read-users", "users", () -> users.list(request), PagedModel.empty(request)),
                    TenantUserView::id);
        }
        return userPages;
    }

    public PagedModel<AuditEvent> getAuditPages() {
        if (auditPages == null) {
            auditPages = new PagedModel<>(
                    request -> staffRead(
                            "staff.read-audit-log", "audit-log", () -> auditPage(request), PagedModel.empty(request)),
                    AuditEvent::id);
        }
        return auditPages;
    }

    private Page<AuditEvent> auditPage(PageRequest request) {
        return new Page<>(
                audit.recent(request.offset(), request.size()), request.page(), request.size(), audit.count());
    }

    /** A date of this tenant's data, as the tenant's clock showed it. */
    public String dateTime(Instant instant) {
        return presentation.formats(getTenant()).dateTime(instant);
    }

    /** The month a monthly quota counts; empty for the others. */
    public String period(EntitlementView quota) {
        return presentation.formats(getTenant()).period(quota.periodStart(), quota.periodEnd());
    }

    public boolean isDataReadable() {
        return found && user.get().hasAnyRole(DATA_READERS);
    }

    public boolean isAuditReadable() {
        return found && user.get().hasAnyRole(AUDIT_READERS);
    }

    private <T> T staffRead(String action, String target, Supplier<T> read, T otherwise) {
        try {
            return staffAccess.call(id(), action, target, READ_REASON, read);
        } catch (ProblemException problem) {
            messages.problem(problem);
            return otherwise;
        }
    }

    /** The tenant found when the page opened, whatever a later request says its code parameter is. */
    public TenantId id() {
        return new TenantId(loadedCode);
    }

    public boolean isFound() {
        return found;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
