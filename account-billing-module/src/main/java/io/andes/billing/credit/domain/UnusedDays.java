package io.andes.billing.credit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Currency;

/**
 * The prepaid days a cancellation leaves unused, by the proration rule of DESIGN.md "Money" read backwards: from the
 * effective date (inclusive: service ends as that day begins) to the period end (exclusive), over the days from the
 * period start (inclusive) to its end (exclusive). A cancellation effective before the period began leaves all of it
 * unused; one on or after its end, none.
 */
public record UnusedDays(LocalDate effective, LocalDate periodStart, LocalDate periodEnd) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public UnusedDays {
        if (!periodStart.isBefore(periodEnd)) {
            throw new IllegalArgumentException("A period ends after it starts: " + periodStart + " " + periodEnd);
        }
    }

    public long unused() {
        LocalDate from = effective.isBefore(periodStart) ? periodStart : effective;
        return from.isBefore(periodEnd) ? ChronoUnit.DAYS.between(from, periodEnd) : 0;
    }

    public long inPeriod() {
        return ChronoUnit.DAYS.between(periodStart, periodEnd);
    }

    /** {@code round(prepaid × unused / inPeriod)}, {@code HALF_UP} to the currency's minor unit, rounded once. */
    public BigDecimal credit(BigDecimal prepaid, Currency currency) {
        return prepaid.multiply(BigDecimal.valueOf(unused()))
                .divide(BigDecimal.valueOf(inPeriod()), currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    /** As a credit line says it: "Plan Básico, 14/31 días no usados del 18-03-2026 al 31-03-2026". */
    public String describe(String item) {
        if (unused() == 0) {
            return item + ", sin días por usar";
        }
        LocalDate from = periodEnd.minusDays(unused());
        return "%s, %d/%d días no usados del %s al %s"
                .formatted(item, unused(), inPeriod(), DAY.format(from), DAY.format(periodEnd.minusDays(1)));
    }
}
