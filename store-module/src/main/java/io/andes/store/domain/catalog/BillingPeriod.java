package io.andes.store.domain.catalog;

import java.time.LocalDate;

/** How often a subscription renews: every month, or every year, on the day of the month it started. */
public enum BillingPeriod {
    MONTHLY(1),
    ANNUAL(12);

    private final int months;

    BillingPeriod(int months) {
        this.months = months;
    }

    /** The end (exclusive) of a period that starts on {@code start}: the next renewal date. */
    public LocalDate endOf(LocalDate start) {
        return start.plusMonths(months);
    }
}
