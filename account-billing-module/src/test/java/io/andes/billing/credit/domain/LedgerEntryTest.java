package io.andes.billing.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    private static final Instant NOW = Instant.parse("2026-03-18T15:00:00Z");

    private static LedgerEntry requested() {
        return LedgerEntry.refundRequested("note", "invoice", "CLP", new BigDecimal("119"), "Devolución", NOW);
    }

    @Test
    void aRequestClosedByHandIsDoneWithItsMethodReferenceDateAndWho() {
        LedgerEntry entry = requested();
        entry.refundFailed("Sin pago con tarjeta", NOW.plusSeconds(1800));

        entry.refundedByHand(RefundMethod.TRANSFERENCIA, "TRX-1", LocalDate.of(2026, 3, 19), "ana", NOW);

        assertThat(entry.refundStatus()).isEqualTo("DONE");
        assertThat(entry.refundMethod()).isEqualTo(RefundMethod.TRANSFERENCIA);
        assertThat(entry.refundReference()).isEqualTo("TRX-1");
        assertThat(entry.refundedOn()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(entry.refundedBy()).isEqualTo("ana");
        assertThat(entry.refundedAt()).isEqualTo(NOW);
        assertThat(entry.refundFailure()).isNull();
        assertThat(entry.refunded("re_1"))
                .as("the gateway no longer refunds it")
                .isFalse();
    }

    @Test
    void aRequestDoneBeforeCannotBeClosedByHand() {
        LedgerEntry entry = requested();
        entry.refunded("re_1");

        assertThatThrownBy(
                        () -> entry.refundedByHand(RefundMethod.CHEQUE, "CH-1", LocalDate.of(2026, 3, 19), "ana", NOW))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.type())
                        .isEqualTo(ProblemType.CONFLICT));
        assertThat(entry.refundMethod()).isEqualTo(RefundMethod.TARJETA);
        assertThat(entry.refundReference()).isEqualTo("re_1");
    }
}
