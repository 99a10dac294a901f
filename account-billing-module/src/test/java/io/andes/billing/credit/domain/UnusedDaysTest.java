package io.andes.billing.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unused prepaid days of a cancellation, credited by the proration rule, in CLP (0 decimals) and USD (2). */
class UnusedDaysTest {

    private static final Currency CLP = Currency.getInstance("CLP");
    private static final Currency USD = Currency.getInstance("USD");

    @ParameterizedTest(name = "{0} of {3} prepaid {1}..{2}: {4}/{5} days, credit {6}")
    @CsvSource({
        // effective, period start, period end, prepaid, unused, days, credit
        "2026-03-18, 2026-03-01, 2026-04-01, 29900, 14, 31, 13503", // 13 503.2258
        "2026-03-31, 2026-03-01, 2026-04-01, 29900, 1, 31, 965", // the last day: 964.516
        "2026-03-01, 2026-03-01, 2026-04-01, 29900, 31, 31, 29900", // on the first day: all of it
        "2026-02-20, 2026-03-01, 2026-04-01, 29900, 31, 31, 29900", // notice before the period began
        "2026-04-01, 2026-03-01, 2026-04-01, 29900, 0, 31, 0", // on the period end: nothing left
        "2026-02-15, 2026-02-01, 2026-03-01, 29900, 14, 28, 14950", // February, 28 days
        "2028-02-15, 2028-02-01, 2028-03-01, 29900, 15, 29, 15466", // leap February: 15 465.517
        "2026-12-01, 2026-01-01, 2027-01-01, 299000, 31, 365, 25395", // annual: 25 394.52
        "2026-03-02, 2026-03-01, 2026-03-03, 33, 1, 2, 17", // exactly half a peso rounds up
    })
    void clpCreditsAreWholePesosRoundedHalfUp(
            String effective, String start, String end, String prepaid, long unused, long days, String credit) {
        UnusedDays period = new UnusedDays(LocalDate.parse(effective), LocalDate.parse(start), LocalDate.parse(end));

        assertThat(period.unused()).isEqualTo(unused);
        assertThat(period.inPeriod()).isEqualTo(days);
        assertThat(period.credit(new BigDecimal(prepaid), CLP)).isEqualByComparingTo(credit);
        assertThat(period.credit(new BigDecimal(prepaid), CLP).scale()).isZero();
    }

    @ParameterizedTest(name = "{0} of {3} USD prepaid {1}..{2}: {4}")
    @CsvSource({
        "2026-03-18, 2026-03-01, 2026-04-01, 99.00, 44.71", // 44.709677
        "2026-03-18, 2026-03-01, 2026-04-01, 2.50, 1.13", // 1.129032
        "2026-02-15, 2026-02-01, 2026-03-01, 99.00, 49.50",
        "2026-12-01, 2026-01-01, 2027-01-01, 990.00, 84.08", // 84.0822
        "2026-03-02, 2026-03-01, 2026-03-03, 0.05, 0.03", // exactly half a cent rounds up
        "2026-04-01, 2026-03-01, 2026-04-01, 99.00, 0.00",
    })
    void usdCreditsAreCentsRoundedHalfUp(String effective, String start, String end, String prepaid, String credit) {
        BigDecimal amount = new UnusedDays(LocalDate.parse(effective), LocalDate.parse(start), LocalDate.parse(end))
                .credit(new BigDecimal(prepaid), USD);

        assertThat(amount).isEqualTo(new BigDecimal(credit));
    }

    @Test
    void theCreditLineSaysTheUnusedDaysInWords() {
        UnusedDays period = new UnusedDays(
                LocalDate.parse("2026-03-18"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));

        assertThat(period.describe("Plan Básico"))
                .isEqualTo("Plan Básico, 14/31 días no usados del 18-03-2026 al 31-03-2026");
        assertThat(new UnusedDays(
                                LocalDate.parse("2026-04-01"),
                                LocalDate.parse("2026-03-01"),
                                LocalDate.parse("2026-04-01"))
                        .describe("Plan Básico"))
                .isEqualTo("Plan Básico, sin días por usar");
    }
}
