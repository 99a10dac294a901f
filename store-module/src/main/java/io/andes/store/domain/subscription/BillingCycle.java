package io.andes.store.domain.subscription;

import io.andes.store.domain.catalog.BillingPeriod;
import java.time.LocalDate;

/** A period of a subscription: from {@code start} (inclusive) to {@code end} (exclusive, the renewal date). */
public record BillingCycle(LocalDate start, LocalDate end) {

    public BillingCycle {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
    }

    /** The period of {@code period} that contains {@code day}, counting forward from this one. */
    public BillingCycle containing(LocalDate day, BillingPeriod period) {
        BillingCycle cycle = this;
        while (!day.isBefore(cycle.end)) {
            cycle = new BillingCycle(cycle.end, period.endOf(cycle.end));
        }
        return cycle;
    }
}
