package io.andes.store.domain.subscription;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.store.domain.catalog.BillingPeriod;
import java.time.LocalDate;
import java.util.Map;

/** A period of a subscription: from {@code start} (inclusive) to {@code end} (exclusive, the renewal date). */
public record BillingCycle(LocalDate start, LocalDate end) {

    public BillingCycle {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
    }

    /**
     * The period of {@code period} (renewing on day {@code anchorDay} of the month) that contains {@code day}, counting
     * forward from this one. A day before this
     * period's start (a subscription that starts tomorrow in the tenant's time zone) has none: a 409.
     */
    public BillingCycle containing(LocalDate day, BillingPeriod period, int anchorDay) {
        if (day.isBefore(start)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La suscripción comienza el " + start + "; vuelva a intentarlo desde esa fecha.",
                    "The subscription starts on " + start + "; try again from that date.",
                    Map.of("periodStart", start.toString()));
        }
        BillingCycle cycle = this;
        while (!day.isBefore(cycle.end)) {
            cycle = new BillingCycle(cycle.end, period.endOf(cycle.end, anchorDay));
        }
        return cycle;
    }
}
