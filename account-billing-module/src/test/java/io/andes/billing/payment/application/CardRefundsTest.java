package io.andes.billing.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardRefundsTest {

    private static final Instant NOW = Instant.parse("2026-03-18T15:00:00Z");

    private static Payment paid(int attempt, PaymentMethod method, String amount) {
        Payment payment = new Payment(
                new Payment.PayableInvoice("inv-1", "F-2026-000007", "CLP"),
                attempt,
                method,
                method == PaymentMethod.SANDBOX ? "sandbox" : "stripe",
                new BigDecimal(amount),
                new Payment.Started("admin@sur.cl", NOW));
        payment.succeed(method == PaymentMethod.TRANSFER ? null : "pi_" + attempt, "ref", NOW);
        return payment;
    }

    @Test
    void aBankTransferIsNeverRefundedToACard() {
        assertThat(CardRefunds.refundable(List.of(paid(1, PaymentMethod.TRANSFER, "41650")), BigDecimal.ZERO))
                .isEmpty();
    }

    @Test
    void theLatestCardPaymentThatCoversTheAmountIsRefunded() {
        Payment sandbox = paid(1, PaymentMethod.SANDBOX, "41650");
        Payment small = paid(2, PaymentMethod.CARD, "500");

        assertThat(CardRefunds.refundable(List.of(sandbox, small), new BigDecimal("1190")))
                .containsSame(sandbox);
        assertThat(CardRefunds.refundable(List.of(sandbox, small), new BigDecimal("100")))
                .containsSame(small);
        sandbox.refundedUpTo(new BigDecimal("41000"), NOW);
        assertThat(CardRefunds.refundable(List.of(sandbox, small), new BigDecimal("1190")))
                .as("what was refunded is no longer there")
                .isEmpty();
    }

    @Test
    void oneRequestOneKey() {
        assertThat(CardRefunds.idempotencyKey("r-1"))
                .isEqualTo("andes-refund-r-1")
                .isEqualTo(CardRefunds.idempotencyKey("r-1"));
    }
}
