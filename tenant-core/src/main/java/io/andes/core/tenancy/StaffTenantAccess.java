package io.andes.core.tenancy;

import io.andes.core.api.TenantDirectory;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.function.Supplier;

/**
 * The only door through which staff reach a tenant's data: one call, bound to one tenant, in a transaction of its own,
 * with a stated reason written to that tenant's audit log together with the work.
 */
@ApplicationScoped
public class StaffTenantAccess {

    private static final int REASON_LIMIT = 500;

    @Inject
    TenantBinding binding;

    @Inject
    TenantDirectory tenants;

    @Inject
    AuditLog audit;

    @Inject
    Transactions transactions;

    @Inject
    Provider<CurrentUser> user;

    /** Runs {@code work} as {@code tenant} after recording {@code action} on {@code target} with the reason. */
    public <T> T call(TenantId tenant, String action, String target, String reason, Supplier<T> work) {
        if (!user.get().isStaff()) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Solo el personal de la plataforma.", "Platform staff only.");
        }
        String why = requireReason(reason);
        tenants.find(tenant).orElseThrow(() -> ProblemException.notFound("el cliente " + tenant, "Tenant " + tenant));
        return binding.callAs(
                tenant,
                () -> transactions.requiresNew(() -> {
                    audit.record(new AuditEntry(action, target, why));
                    return work.get();
                }));
    }

    /** A reason is what makes a staff access reviewable: it must be given, in words. */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > REASON_LIMIT) {
            throw ProblemException.invalidField(
                    "reason",
                    "es obligatorio",
                    "Indique el motivo del acceso (1 a 500 caracteres).",
                    "State the reason for the access (1 to 500 characters).");
        }
        return reason.strip();
    }
}
