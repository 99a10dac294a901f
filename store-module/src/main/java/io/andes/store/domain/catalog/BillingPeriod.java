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

    /** The end (exclusive) of a subscription's first period, which starts on {@code start}: the first renewal date. */
    public LocalDate endOf(LocalDate start) {
        return endOf(start, start.getDayOfMonth());
    }

    /**
     * The end (exclusive) of a period that starts on {@code start} of a subscription renewing on day {@code anchorDay}
     * of the month (the day its first period began): that day of the month one period later, or the month's last day
     * when it is shorter. A subscription begun on the 31st renews on 28 February and again on 31 March — never drifting
     * to the 28th.
     */
    public LocalDate endOf(LocalDate start, int anchorDay) {
        LocalDate end = start.plusMonths(months);
        return end.withDayOfMonth(Math.min(anchorDay, end.lengthOfMonth()));
    }
}
