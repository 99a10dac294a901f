package io.andes.billing.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoChargeTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T04:00:00Z");
    private static final List<Integer> DAYS_1_3_5 = List.of(1, 3, 5);

    @Test
    void isDueWhenTheInvoiceIsIssued() {
        AutoCharge charge = new AutoCharge("invoice", ISSUED);
        assertThat(charge.nextAttemptAt()).contains(ISSUED);
        assertThat(charge.attempt()).isEqualTo(1);
    }

    @Test
    void retriesOnDaysOneThreeAndFiveAfterTheFirstFailureThenFlags() {
        AutoCharge charge = new AutoCharge("invoice", ISSUED);
        Instant firstFailure = ISSUED.plusSeconds(60);

        assertThat(charge.failed("Tarjeta rechazada", DAYS_1_3_5, firstFailure)).isFalse();
        assertThat(charge.nextAttemptAt()).contains(firstFailure.plus(Duration.ofDays(1)));
        assertThat(charge.attempt()).isEqualTo(2);

        assertThat(charge.failed("Tarjeta rechazada", DAYS_1_3_5, firstFailure.plus(Duration.ofDays(1))))
                .isFalse();
        assertThat(charge.nextAttemptAt()).contains(firstFailure.plus(Duration.ofDays(3)));

        assertThat(charge.failed("Tarjeta rechazada", DAYS_1_3_5, firstFailure.plus(Duration.ofDays(3))))
                .isFalse();
        assertThat(charge.nextAttemptAt()).contains(firstFailure.plus(Duration.ofDays(5)));

        Instant last = firstFailure.plus(Duration.ofDays(5));
        assertThat(charge.failed("Fondos insuficientes", DAYS_1_3_5, last)).isTrue();
        assertThat(charge.nextAttemptAt()).isEmpty();
        assertThat(charge.flaggedAt()).contains(last);
        assertThat(charge.lastFailure()).contains("Fondos insuficientes");
        assertThat(charge.failures()).isEqualTo(4);
    }

    @Test
    void aPaidInvoiceIsNoLongerDue() {
        AutoCharge charge = new AutoCharge("invoice", ISSUED);
        charge.failed("Tarjeta rechazada", DAYS_1_3_5, ISSUED);
        charge.paid();
        assertThat(charge.nextAttemptAt()).isEmpty();
        assertThat(charge.flaggedAt()).isEmpty();
    }
}
