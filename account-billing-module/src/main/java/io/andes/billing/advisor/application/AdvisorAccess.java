package io.andes.billing.advisor.application;

import io.andes.billing.advisor.domain.AdvisorDirectory;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * Which staff reach the advisor channel: platform admins every tenant's requests; an advisor only those of the tenants
 * assigned to them (another tenant's request is a 404, as if it did not exist); support agents and billing staff
 * nothing (403), just as advisors never reach support tickets.
 */
@ApplicationScoped
public class AdvisorAccess {

    @Inject
    AdvisorDirectory advisors;

    @Inject
    Provider<CurrentUser> caller;

    /** Whose inbox the caller reads: {@code null} (every tenant) for platform admins, their own for advisors. */
    String inboxOwner() {
        CurrentUser user = caller.get();
        if (user.hasRole(Roles.PLATFORM_ADMIN)) {
            return null;
        }
        if (user.hasRole(Roles.ADVISOR)) {
            return user.username();
        }
        throw forbidden();
    }

    /** Inside the staff call: the caller may work on this tenant's requests, or it is a 404 for them. */
    void requireReach(TenantId tenant, String number) {
        String owner = inboxOwner();
        if (owner == null) {
            return;
        }
        boolean assigned = advisors.assignment(tenant)
                .map(a -> a.advisorUsername().equals(owner))
                .orElse(false);
        if (!assigned) {
            throw RequestLookup.notFound(number);
        }
    }

    /** Whether the caller works the advisor channel at all (for the console's menu and pages). */
    public boolean worksChannel() {
        CurrentUser user = caller.get();
        return user.hasRole(Roles.ADVISOR) || user.hasRole(Roles.PLATFORM_ADMIN);
    }

    public boolean isPlatformAdmin() {
        return caller.get().hasRole(Roles.PLATFORM_ADMIN);
    }

    void requirePlatformAdmin() {
        if (!isPlatformAdmin()) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Solo los administradores de la plataforma asignan asesores.",
                    "Only platform administrators assign advisors.");
        }
    }

    static ProblemException forbidden() {
        return new ProblemException(
                ProblemType.FORBIDDEN,
                "El canal del asesor comercial no es de su área.",
                "The commercial advisor channel is not your area.");
    }
}
