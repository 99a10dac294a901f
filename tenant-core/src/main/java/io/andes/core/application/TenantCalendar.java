package io.andes.core.application;

import io.andes.core.api.EntitlementView;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.domain.entitlement.Entitlement;
import io.andes.core.domain.entitlement.EntitlementUsage;
import io.andes.core.domain.entitlement.Provenance;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date in the bound tenant's time zone, and who is acting now: the time facts the quota rules depend on. */
@ApplicationScoped
public class TenantCalendar {

    @Inject
    Clock clock;

    @Inject
    TenantBinding binding;

    @Inject
    TenantDirectory tenants;

    @Inject
    Provider<CurrentUser> user;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private ZoneId zone() {
        return tenants.find(binding.require()).map(TenantSummary::zone).orElse(ZoneId.of("UTC"));
    }

    public Provenance provenance() {
        CurrentUser who = user.get();
        return new Provenance(who.auditName(), who.address(), clock.instant());
    }

    public EntitlementView view(Entitlement entitlement) {
        return view(entitlement, today());
    }

    /** The view as of {@code today}, for lists that look the date up once. */
    public EntitlementView view(Entitlement entitlement, LocalDate today) {
        EntitlementUsage usage = entitlement.usage(today);
        LocalDate start = usage.periodStart();
        return new EntitlementView(
                usage.type(),
                usage.type().displayName(false),
                usage.limit(),
                usage.included(),
                usage.additional(),
                usage.used(),
                usage.available(),
                start,
                start == null ? null : start.plusMonths(1).minusDays(1));
    }
}
