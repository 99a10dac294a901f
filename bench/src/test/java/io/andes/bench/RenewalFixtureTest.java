package io.andes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RenewalFixtureTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void everyPeriodHasEndedOnAnAnchorDayEveryMonthHas() {
        IntStream.rangeClosed(1, 1_000)
                .mapToObj(i -> new RenewalFixture(i, TODAY))
                .forEach(f -> {
                    assertThat(f.periodEnd()).isBefore(TODAY);
                    assertThat(f.periodEnd().getDayOfMonth()).isLessThanOrEqualTo(28);
                    assertThat(f.periodStart()).isEqualTo(f.periodEnd().minusMonths(1));
                    // the next period ends after today: each subscription renews exactly once
                    assertThat(f.periodEnd().plusMonths(1)).isAfter(TODAY);
                });
    }

    @Test
    void twoToFourDistinctAddOnsSomeLoweredSomeWithPendingCharges() {
        var fixtures = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> new RenewalFixture(i, TODAY))
                .toList();
        assertThat(fixtures).allSatisfy(f -> {
            assertThat(f.addOns()).hasSizeBetween(2, 4);
            assertThat(f.addOns().stream().map(RenewalFixture.Held::code).distinct())
                    .hasSize(f.addOns().size());
            assertThat(f.addOns())
                    .allSatisfy(h -> assertThat(h.renewalQuantity()).isBetween(0, h.quantity()));
        });
        assertThat(fixtures.stream().filter(f -> !f.charges().isEmpty())).hasSize(20);
        assertThat(fixtures.stream().filter(f -> f.addOns().stream().anyMatch(h -> h.renewalQuantity() < h.quantity())))
                .hasSize(5);
    }

    @Test
    void theExpectedLinesAreThePlanTheRenewingAddOnsAndTheCharges() {
        RenewalFixture lowered = new RenewalFixture(20, TODAY); // every 20th: first add-on lowered; every 5th: charges
        long renewing =
                lowered.addOns().stream().filter(h -> h.renewalQuantity() > 0).count();
        assertThat(lowered.expectedLines())
                .isEqualTo(1 + renewing + lowered.charges().size());
        assertThat(new RenewalFixture(1, TODAY).expectedLines()).isEqualTo(1 + 3);
        assertThat(new RenewalFixture(1, TODAY).tenant()).isEqualTo("renew-000001");
        assertThat(lowered.expectedQuotaChanges()).isEqualTo(1); // its first add-on, extra-user, has a quota
        assertThat(new RenewalFixture(1, TODAY).expectedQuotaChanges()).isZero();
    }

    @Test
    void aRunsAnswerGivesItsCandidates() {
        assertThat(RenewalRuns.candidates("{\"id\":\"x\",\"candidates\": 42,\"invoiced\":40}"))
                .isEqualTo(42);
    }

    @Test
    void theRenewalBenchmarkHasItsSizesAndReport() {
        BenchOptions options = BenchOptions.parse("--benchmark=renewal", "--subscriptions=5000", "--runners=2");
        assertThat(options.report().getFileName()).hasToString("renewal-bench.md");
        assertThat(options.subscriptions()).isEqualTo(5_000);
        assertThat(options.runners()).isEqualTo(2);
        assertThat(options.commandLine()).contains("--benchmark=renewal", "--subscriptions=5000", "--runners=2");
    }
}
