package io.andes.billing.advisor.application;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.domain.AdvisorDirectory;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The tenant's side of the channel around the requests: its advisor ("Mi asesor comercial") and its setting. */
@ApplicationScoped
public class ChannelSettings {

    @Inject
    AdvisorDirectory advisors;

    @Inject
    ChannelAccess access;

    @Inject
    TenantBinding binding;

    /** The caller's tenant's advisor; a 404 while the tenant has none. */
    @Transactional
    public AdvisorViews.Advisor advisor() {
        return advisors.assignment(binding.require())
                .flatMap(a -> advisors.profile(a.advisorUsername()))
                .map(p -> CommercialPresenter.advisor(p.username(), p.card()))
                .orElseThrow(() -> ProblemException.notFound(
                        "un asesor comercial asignado a su empresa", "An advisor assigned to your company"));
    }

    @Transactional
    public AdvisorViews.Settings settings() {
        return new AdvisorViews.Settings(access.usersMaySend());
    }

    /** Whether may the caller send requests (admins always; users when allowed). */
    @Transactional
    public boolean maySend() {
        return access.isAdmin() || access.usersMaySend();
    }

    @Transactional
    public AdvisorViews.Settings change(boolean usersMaySend) {
        access.requireAdmin("cambiar quién usa el canal comercial", "change who uses the commercial channel");
        access.allowUsers(usersMaySend);
        return new AdvisorViews.Settings(usersMaySend);
    }
}
