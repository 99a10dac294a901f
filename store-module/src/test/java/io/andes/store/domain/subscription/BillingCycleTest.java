package io.andes.store.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.store.domain.catalog.BillingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class BillingCycleTest {

    private static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");

    @Test
    void aMonthlyPeriodEndsOnTheSameDayNextMonth() {
        assertThat(BillingPeriod.MONTHLY.endOf(LocalDate.parse("2026-01-15"))).isEqualTo("2026-02-15");
        assertThat(BillingPeriod.ANNUAL.endOf(LocalDate.parse("2028-02-29"))).isEqualTo("2029-02-28");
    }

    @Test
    void theCycleContainingADayCountsForwardFromTheStoredOne() {
        BillingCycle march = new BillingCycle(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));
        assertThat(march.containing(LocalDate.parse("2026-03-31"), BillingPeriod.MONTHLY, 1))
                .isEqualTo(march);
        assertThat(march.containing(LocalDate.parse("2026-04-01"), BillingPeriod.MONTHLY, 1))
                .isEqualTo(new BillingCycle(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-05-01")));
        assertThat(march.containing(LocalDate.parse("2026-06-10"), BillingPeriod.MONTHLY, 1))
                .isEqualTo(new BillingCycle(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01")));
    }

    @Test
    void aNewSubscriptionStartsTodayAndAdvancesOnlyWhenItsPeriodHasEnded() {
        Subscription subscription = new Subscription(
                "basico", BillingPeriod.MONTHLY, Currency.getInstance("CLP"), LocalDate.parse("2026-03-18"), NOW);
        BillingCycle first = subscription.cycleOn(LocalDate.parse("2026-04-17"));
        assertThat(first).isEqualTo(new BillingCycle(LocalDate.parse("2026-03-18"), LocalDate.parse("2026-04-18")));
        assertThat(subscription.advanceTo(LocalDate.parse("2026-04-18"), NOW))
                .isEqualTo(new BillingCycle(LocalDate.parse("2026-04-18"), LocalDate.parse("2026-05-18")));
        assertThat(subscription.cycleOn(LocalDate.parse("2026-04-20")).start()).isEqualTo("2026-04-18");
    }

    @Test
    void aRenewalMovesTheStoredPeriodOnePeriodOnEvenWhenSeveralHaveEnded() {
        Subscription subscription = new Subscription(
                "basico", BillingPeriod.MONTHLY, Currency.getInstance("CLP"), LocalDate.parse("2026-01-31"), NOW);

        assertThat(subscription.renew(NOW))
                .isEqualTo(new BillingCycle(LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-31")));
        assertThat(subscription.storedCycle().start()).isEqualTo("2026-02-28");
        // anchored to the 31st: back to the month's end after February, never drifting to the 28th
        assertThat(subscription.renew(NOW).end()).isEqualTo("2026-04-30");
        assertThat(subscription.renew(NOW).end()).isEqualTo("2026-05-31");
    }

    @Test
    void periodsEndOnTheAnchorDayOrTheMonthsLastDay() {
        assertThat(BillingPeriod.MONTHLY.endOf(LocalDate.parse("2026-02-28"), 31))
                .isEqualTo("2026-03-31");
        assertThat(BillingPeriod.MONTHLY.endOf(LocalDate.parse("2026-03-30"), 30))
                .isEqualTo("2026-04-30");
        assertThat(BillingPeriod.MONTHLY.endOf(LocalDate.parse("2028-01-30"), 30))
                .isEqualTo("2028-02-29");
        assertThat(BillingPeriod.ANNUAL.endOf(LocalDate.parse("2029-02-28"), 29))
                .isEqualTo("2030-02-28");
        assertThat(BillingPeriod.ANNUAL.endOf(LocalDate.parse("2031-02-28"), 29))
                .isEqualTo("2032-02-29");
    }

    @Test
    void aDayBeforeTheSubscriptionStartsHasNoPeriod() {
        BillingCycle december = new BillingCycle(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01"));
        assertThatThrownBy(() -> december.containing(LocalDate.parse("2026-11-30"), BillingPeriod.MONTHLY, 1))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    }
}
