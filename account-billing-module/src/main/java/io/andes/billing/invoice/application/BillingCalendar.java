package io.andes.billing.invoice.application;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The bound tenant's facts billing needs (country, time zone) and the injected clock's today in its zone. */
@ApplicationScoped
public class BillingCalendar {

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantBinding binding;

    @Inject
    Clock clock;

    public TenantSummary tenant() {
        return tenants.find(binding.require()).orElseThrow(() -> ProblemException.notFound("la cuenta", "The account"));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(tenant().zone()));
    }

    /** The latest "today" of any time zone: renewals due anywhere by now end on or before it. */
    public LocalDate latestToday() {
        return LocalDate.now(clock.withZone(ZoneOffset.MAX));
    }

    /** The earliest "today" of any time zone (around New Year it is still last year somewhere). */
    public LocalDate earliestToday() {
        return LocalDate.now(clock.withZone(ZoneOffset.MIN));
    }

    public Instant now() {
        return clock.instant();
    }
}
