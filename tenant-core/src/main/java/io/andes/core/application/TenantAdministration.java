package io.andes.core.application;

import io.andes.core.api.EntitlementType;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantUserService;
import io.andes.core.api.UserInvitation;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.core.domain.entitlement.Entitlement;
import io.andes.core.domain.entitlement.EntitlementRepository;
import io.andes.core.domain.tenant.IllegalTenantTransitionException;
import io.andes.core.domain.tenant.Plan;
import io.andes.core.domain.tenant.PlanRepository;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantProfile;
import io.andes.core.domain.tenant.TenantRepository;
import io.andes.core.infrastructure.DuplicateKeys;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantBinding;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Platform staff's use cases on tenants: onboarding with the plan's quotas, search, suspension and reactivation. */
@ApplicationScoped
public class TenantAdministration {

    @Inject
    TenantRepository tenants;

    @Inject
    PlanRepository plans;

    @Inject
    EntitlementRepository entitlements;

    @Inject
    TenantBinding binding;

    @Inject
    TenantDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    TenantUserService users;

    @Inject
    TenantStatusNotices notices;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    /** Creates the tenant and one quota per entitlement type, as its plan includes, in one audited transaction. */
    public Tenant create(TenantProfile profile, String planCode) {
        return binding.callAs(profile.id(), () -> transactions.requiresNew(() -> add(profile, planCode)));
    }

    /**
     * Onboards a tenant and invites its first tenant-admin in one transaction: the tenant exists only if its
     * administrator's account was created and the set-password mail went out too.
     */
    public Tenant onboard(TenantProfile profile, String planCode, UserInvitation firstAdmin) {
        return binding.callAs(
                profile.id(),
                () -> transactions.requiresNew(() -> {
                    Tenant tenant = add(profile, planCode);
                    users.invite(firstAdmin);
                    return tenant;
                }));
    }

    private Tenant add(TenantProfile profile, String planCode) {
        Plan plan = plans.find(planCode).orElseThrow(() -> unknownPlan(planCode));
        refuseDuplicates(profile);
        Tenant tenant = new Tenant(profile, plan, clock.instant());
        addOrConflict(tenant);
        LocalDate today = LocalDate.now(clock.withZone(profile.zone()));
        for (EntitlementType type : EntitlementType.values()) {
            entitlements.add(new Entitlement(type, plan.included(type), today, clock.instant()));
        }
        audit.record(new AuditEntry("tenant.created", profile.id().value(), "plan " + plan.code()));
        return tenant;
    }

    public Tenant get(TenantId id) {
        return transactions.required(() -> tenants.find(id).orElseThrow(() -> notFound(id)));
    }

    public Page<Tenant> search(String text, PageRequest page) {
        return transactions.required(() -> new Page<>(
                tenants.search(text, page.offset(), page.size()), page.page(), page.size(), tenants.count(text)));
    }

    public Tenant suspend(TenantId id, String reason) {
        return changeStatus(
                id, reason, "tenant.suspended", tenant -> tenant.suspend(reason), TenantStatusNotice.SUSPENDED);
    }

    public Tenant reactivate(TenantId id, String reason) {
        return changeStatus(
                id, reason, "tenant.reactivated", tenant -> tenant.reactivate(reason), TenantStatusNotice.REACTIVATED);
    }

    /** The change, its audit record and the notices to the tenant's administrators: one transaction. */
    private Tenant changeStatus(
            TenantId id, String reason, String action, Consumer<Tenant> change, TenantStatusNotice notice) {
        String why = StaffTenantAccess.requireReason(reason);
        Tenant changed = binding.callAs(
                id,
                () -> transactions.requiresNew(() -> {
                    Tenant tenant = tenants.find(id).orElseThrow(() -> notFound(id));
                    try {
                        change.accept(tenant);
                    } catch (IllegalTenantTransitionException e) {
                        throw new ProblemException(
                                ProblemType.CONFLICT,
                                "El cliente está " + e.current() + " y no admite este cambio.",
                                "The tenant is " + e.current() + " and does not allow this change.");
                    }
                    audit.record(new AuditEntry(action, id.value(), why));
                    notices.queue(notice, tenant, why);
                    return tenant;
                }));
        directory.forget(id);
        return changed;
    }

    private void refuseDuplicates(TenantProfile profile) {
        if (tenants.find(profile.id()).isPresent()) {
            throw conflict(
                    "Ya existe un cliente con el código " + profile.id() + ".",
                    "A tenant with code " + profile.id() + " already exists.");
        }
        if (tenants.existsTaxId(profile.taxId())) {
            throw conflict(
                    "Ya existe un cliente con el " + profile.taxId().country().taxIdName() + " "
                            + profile.taxId().formatted() + ".",
                    "A tenant with tax id " + profile.taxId().formatted() + " already exists.");
        }
    }

    /** Two simultaneous onboardings of one code or tax id: the unique keys decide, the loser gets a 409. */
    private void addOrConflict(Tenant tenant) {
        try {
            tenants.add(tenant);
        } catch (PersistenceException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            throw conflict(
                    "Otro cliente con el mismo código o identificador tributario se creó al mismo tiempo.",
                    "Another tenant with the same code or tax id was created at the same time.");
        }
    }

    private static ProblemException conflict(String spanish, String english) {
        return new ProblemException(ProblemType.CONFLICT, spanish, english);
    }

    private static ProblemException unknownPlan(String code) {
        return ProblemException.invalidField(
                "plan", "no existe", "No existe el plan " + code + ".", "There is no plan " + code + ".");
    }

    private static ProblemException notFound(TenantId id) {
        return ProblemException.notFound("el cliente " + id, "Tenant " + id);
    }
}
