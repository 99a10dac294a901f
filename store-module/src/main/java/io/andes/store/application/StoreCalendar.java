package io.andes.store.application;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The bound tenant's facts the store prices by (currency, country, time zone) and today's date in its zone. */
@ApplicationScoped
public class StoreCalendar {

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantBinding binding;

    @Inject
    Clock clock;

    public TenantSummary tenant() {
        return tenants.find(binding.require()).orElseThrow(() -> ProblemException.notFound("la cuenta", "The account"));
    }

    public LocalDate today(TenantSummary tenant) {
        return LocalDate.now(clock.withZone(tenant.zone()));
    }

    public Instant now() {
        return clock.instant();
    }
}
