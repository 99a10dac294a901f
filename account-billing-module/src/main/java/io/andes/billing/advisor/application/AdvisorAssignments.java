package io.andes.billing.advisor.application;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.domain.AdvisorCard;
import io.andes.billing.advisor.domain.AdvisorDirectory;
import io.andes.billing.advisor.domain.AdvisorProfile;
import io.andes.billing.advisor.domain.TenantAdvisor;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The advisors and who has which tenants: platform admins keep the advisors' profiles and assign or reassign a
 * tenant's advisor (recorded in that tenant's audit log); an advisor sees their own assignments and keeps their own
 * profile.
 */
@ApplicationScoped
public class AdvisorAssignments {

    @Inject
    AdvisorDirectory advisors;

    @Inject
    AdvisorAccess access;

    @Inject
    StaffTenantAccess staff;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    @Transactional
    public List<AdvisorViews.Advisor> profiles() {
        access.inboxOwner();
        return advisors.profiles().stream()
                .map(p -> CommercialPresenter.advisor(p.username(), p.card()))
                .toList();
    }

    /** A platform admin keeps any advisor's profile, an advisor their own; anyone else is a 403. */
    @Transactional
    public AdvisorViews.Advisor saveProfile(String username, AdvisorCard card) {
        String owner = access.inboxOwner();
        if (owner != null && !owner.equals(username)) {
            throw AdvisorAccess.forbidden();
        }
        AdvisorProfile profile = advisors.profile(username).orElse(null);
        if (profile == null) {
            profile = new AdvisorProfile(username, card, clock.instant());
            advisors.add(profile);
        } else {
            profile.change(card, clock.instant());
        }
        return CommercialPresenter.advisor(profile.username(), profile.card());
    }

    @Transactional
    public List<AdvisorViews.Assignment> assignments() {
        Map<String, String> names = advisors.profiles().stream()
                .collect(
                        Collectors.toMap(AdvisorProfile::username, p -> p.card().name()));
        return advisors.assignments(access.inboxOwner()).stream()
                .map(a -> view(a, names))
                .toList();
    }

    /** Assigns (or reassigns) the tenant's advisor, who must have a profile; audited in the tenant's log. */
    public AdvisorViews.Assignment assign(TenantId tenant, String advisorUsername) {
        access.requirePlatformAdmin();
        String reason = "asignación de asesor comercial: " + advisorUsername;
        return staff.call(tenant, "advisor.assigned", advisorUsername, reason, () -> {
            AdvisorProfile advisor = advisors.profile(advisorUsername)
                    .orElseThrow(() -> ProblemException.invalidField(
                            "advisor",
                            "no es un asesor con perfil",
                            "No hay un asesor con el usuario " + advisorUsername + "; cree primero su perfil.",
                            "There is no advisor with the user " + advisorUsername + "; create their profile first."));
            String by = caller.get().username();
            TenantAdvisor assignment = advisors.assignment(tenant).orElse(null);
            if (assignment == null) {
                assignment = new TenantAdvisor(tenant, advisor, by, clock.instant());
                advisors.add(assignment);
            } else {
                assignment.reassign(advisor, by, clock.instant());
            }
            return view(assignment, Map.of(advisor.username(), advisor.card().name()));
        });
    }

    private static AdvisorViews.Assignment view(TenantAdvisor a, Map<String, String> names) {
        return new AdvisorViews.Assignment(
                a.tenant().value(),
                a.advisorUsername(),
                names.get(a.advisorUsername()),
                a.assignedAt(),
                a.assignedBy());
    }
}
