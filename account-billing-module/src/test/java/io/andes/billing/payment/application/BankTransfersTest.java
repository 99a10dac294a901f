package io.andes.billing.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BankTransfersTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final Instant NOW = Instant.parse("2026-03-18T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @Test
    void aTransferWithNoDayOrTodayIsReceivedNow() {
        assertThat(BankTransfers.receivedAt(null, TODAY, SANTIAGO, NOW)).isEqualTo(NOW);
        assertThat(BankTransfers.receivedAt(TODAY, TODAY, SANTIAGO, NOW)).isEqualTo(NOW);
    }

    @Test
    void anEarlierDayIsItsStartInTheTenantsZone() {
        assertThat(BankTransfers.receivedAt(TODAY.minusDays(2), TODAY, SANTIAGO, NOW))
                .isEqualTo(Instant.parse("2026-03-16T03:00:00Z"));
    }

    @Test
    void aFutureDayIsRefused() {
        assertThatThrownBy(() -> BankTransfers.receivedAt(TODAY.plusDays(1), TODAY, SANTIAGO, NOW))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(problem.detail(false)).contains("posterior a hoy");
                });
    }
}
