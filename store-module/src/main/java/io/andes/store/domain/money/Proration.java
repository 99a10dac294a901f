package io.andes.store.domain.money;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The share of a billing period left on the day an add-on is activated, in days of the tenant's time zone: from the
 * activation date (inclusive, the activation day counts) to the period end (exclusive), over the days from the period
 * start (inclusive) to its end (exclusive).
 */
public record Proration(LocalDate activatedOn, LocalDate periodStart, LocalDate periodEnd) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public Proration {
        if (!periodStart.isBefore(periodEnd)) {
            throw new IllegalArgumentException("A period ends after it starts: " + periodStart + " " + periodEnd);
        }
        if (activatedOn.isBefore(periodStart) || !activatedOn.isBefore(periodEnd)) {
            throw new IllegalArgumentException(activatedOn + " is outside " + periodStart + " – " + periodEnd);
        }
    }

    /** Activation today, as the injected clock says it is in {@code zone}. */
    public static Proration today(Clock clock, ZoneId zone, LocalDate periodStart, LocalDate periodEnd) {
        return new Proration(LocalDate.now(clock.withZone(zone)), periodStart, periodEnd);
    }

    public long daysRemaining() {
        return ChronoUnit.DAYS.between(activatedOn, periodEnd);
    }

    public long daysInPeriod() {
        return ChronoUnit.DAYS.between(periodStart, periodEnd);
    }

    /** {@code round(unitPrice × quantity × daysRemaining / daysInPeriod)}. */
    public Money amount(Money unitPrice, int quantity) {
        return unitPrice.fraction(quantity, daysRemaining(), daysInPeriod());
    }

    /** As an invoice line says it: "14/31 días del 18-03-2026 al 31-03-2026" (the last day shown inclusive). */
    public String describe(boolean english) {
        String from = DAY.format(activatedOn);
        String to = DAY.format(periodEnd.minusDays(1));
        return english
                ? "%d/%d days from %s to %s".formatted(daysRemaining(), daysInPeriod(), from, to)
                : "%d/%d días del %s al %s".formatted(daysRemaining(), daysInPeriod(), from, to);
    }
}
