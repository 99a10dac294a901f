package io.andes.store.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proration tables of DESIGN.md "Money": amount = round(unitPrice × quantity × daysRemaining / daysInPeriod),
 * days in the tenant's time zone, the activation day counted, the period end excluded.
 */
class ProrationTest {

    @ParameterizedTest(name = "{0}: {1} × {2} from {3} in [{4}, {5}) = {6}/{7} days → {8}")
    @CsvSource({
        // CLP, 0 decimals: 28, 29, 30 and 31-day months; first and last day
        "CLP, 4990, 3, 2026-03-18, 2026-03-01, 2026-04-01, 14, 31, 6761",
        "CLP, 4990, 1, 2026-03-01, 2026-03-01, 2026-04-01, 31, 31, 4990",
        "CLP, 4990, 1, 2026-03-31, 2026-03-01, 2026-04-01, 1, 31, 161",
        "CLP, 9990, 2, 2026-02-15, 2026-02-01, 2026-03-01, 14, 28, 9990",
        "CLP, 9990, 1, 2026-02-28, 2026-02-01, 2026-03-01, 1, 28, 357",
        "CLP, 9990, 1, 2028-02-29, 2028-02-01, 2028-03-01, 1, 29, 344",
        "CLP, 9990, 1, 2028-02-01, 2028-02-01, 2028-03-01, 29, 29, 9990",
        "CLP, 1990, 7, 2026-04-10, 2026-04-01, 2026-05-01, 21, 30, 9751",
        "CLP, 1990, 1, 2026-04-30, 2026-04-01, 2026-05-01, 1, 30, 66",
        // a period anchored mid-month: 15 January to 15 February has 31 days
        "CLP, 4990, 2, 2026-02-14, 2026-01-15, 2026-02-15, 1, 31, 322",
        // USD, COP, MXN: 2 decimals
        "USD, 6.00, 3, 2026-03-18, 2026-03-01, 2026-04-01, 14, 31, 8.13",
        "USD, 12.00, 1, 2026-03-31, 2026-03-01, 2026-04-01, 1, 31, 0.39",
        "USD, 2.50, 1, 2026-02-28, 2026-02-01, 2026-03-01, 1, 28, 0.09",
        "USD, 2.50, 10, 2028-02-10, 2028-02-01, 2028-03-01, 20, 29, 17.24",
        "COP, 21000.00, 2, 2026-04-16, 2026-04-01, 2026-05-01, 15, 30, 21000.00",
        "COP, 42000.00, 1, 2026-01-31, 2026-01-01, 2026-02-01, 1, 31, 1354.84",
        "COP, 8500.00, 3, 2026-02-01, 2026-02-01, 2026-03-01, 28, 28, 25500.00",
        "MXN, 99.00, 1, 2026-06-30, 2026-06-01, 2026-07-01, 1, 30, 3.30",
        "MXN, 199.00, 4, 2026-07-20, 2026-07-01, 2026-08-01, 12, 31, 308.13",
        "MXN, 299.00, 1, 2028-02-15, 2028-02-01, 2028-03-01, 15, 29, 154.66",
        // annual periods: 365 and 366 days
        "CLP, 49900, 1, 2026-07-02, 2026-01-01, 2027-01-01, 183, 365, 25018",
        "CLP, 49900, 1, 2026-12-31, 2026-01-01, 2027-01-01, 1, 365, 137",
        "USD, 60.00, 2, 2028-03-01, 2028-01-01, 2029-01-01, 306, 366, 100.33",
        "MXN, 990.00, 1, 2027-06-15, 2027-06-15, 2028-06-15, 366, 366, 990.00",
    })
    void prorationTable(
            String currency,
            String unitPrice,
            int quantity,
            LocalDate activatedOn,
            LocalDate start,
            LocalDate end,
            long daysRemaining,
            long daysInPeriod,
            String expected) {
        Proration proration = new Proration(activatedOn, start, end);
        assertThat(proration.daysRemaining()).isEqualTo(daysRemaining);
        assertThat(proration.daysInPeriod()).isEqualTo(daysInPeriod);
        assertThat(proration.amount(Money.of(unitPrice, currency), quantity)).isEqualTo(Money.of(expected, currency));
    }

    @Test
    void theDateIsTheTenantsNotUtc() {
        // 1 April 2026 02:30 UTC is still 31 March in Santiago (UTC-3): one day of March is left, not thirty of April
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T02:30:00Z"), ZoneOffset.UTC);
        Proration santiago = Proration.today(
                clock, ZoneId.of("America/Santiago"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));
        assertThat(santiago.activatedOn()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(santiago.amount(Money.of("4990", "CLP"), 1)).isEqualTo(Money.of("161", "CLP"));

        Proration utc =
                Proration.today(clock, ZoneOffset.UTC, LocalDate.parse("2026-04-01"), LocalDate.parse("2026-05-01"));
        assertThat(utc.activatedOn()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(utc.daysRemaining()).isEqualTo(30);
    }

    @Test
    void aZoneAheadOfUtcIsAlreadyOnTheNextDay() {
        // 31 January 23:00 UTC is 1 February in Auckland
        Clock clock = Clock.fixed(Instant.parse("2026-01-31T23:00:00Z"), ZoneOffset.UTC);
        Proration auckland = Proration.today(
                clock, ZoneId.of("Pacific/Auckland"), LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"));
        assertThat(auckland.daysRemaining()).isEqualTo(28);
        assertThat(auckland.amount(Money.of("12.00", "USD"), 1)).isEqualTo(Money.of("12.00", "USD"));
    }

    @Test
    void theInvoiceWordingShowsTheLastDayInclusive() {
        Proration proration = new Proration(
                LocalDate.parse("2026-03-18"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));
        assertThat(proration.describe(false)).isEqualTo("14/31 días del 18-03-2026 al 31-03-2026");
        assertThat(proration.describe(true)).isEqualTo("14/31 days from 18-03-2026 to 31-03-2026");
    }

    @Test
    void anActivationOutsideThePeriodIsRefused() {
        LocalDate start = LocalDate.parse("2026-03-01");
        LocalDate end = LocalDate.parse("2026-04-01");
        assertThatThrownBy(() -> new Proration(end, start, end)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Proration(start.minusDays(1), start, end))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Proration(start, end, start)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWholePeriodCostsTheWholePrice() {
        Proration whole = new Proration(
                LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"));
        assertThat(whole.amount(Money.of("9990", "CLP"), 3).amount()).isEqualTo(new BigDecimal("29970"));
    }
}
