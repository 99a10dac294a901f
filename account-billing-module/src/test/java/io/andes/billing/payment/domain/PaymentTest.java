package io.andes.billing.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-03-18T15:00:00Z");

    private static Payment pending(int attempt) {
        return new Payment(
                new Payment.PayableInvoice("inv-1", "F-2026-000007", "CLP"),
                attempt,
                PaymentMethod.CARD,
                "stripe",
                new BigDecimal("15990"),
                new Payment.Started("admin@sur.cl", NOW));
    }

    @Test
    void theIdempotencyKeyComesFromTheInvoiceAndTheAttempt() {
        assertThat(pending(1).idempotencyKey("checkout")).isEqualTo("andes-checkout-inv-1-1");
        assertThat(pending(1).idempotencyKey("checkout")).isEqualTo(pending(1).idempotencyKey("checkout"));
        assertThat(pending(2).idempotencyKey("checkout"))
                .isNotEqualTo(pending(1).idempotencyKey("checkout"));
    }

    @Test
    void succeedsOnceAndALateFailureChangesNothing() {
        Payment payment = pending(1);
        assertThat(payment.succeed("pi_1", null, NOW)).isTrue();
        assertThat(payment.succeed("pi_1", null, NOW.plusSeconds(5))).isFalse();
        assertThat(payment.fail("declined", NOW.plusSeconds(9))).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.settledAt()).contains(NOW);
        assertThat(payment.gatewayPaymentId()).contains("pi_1");
    }

    @Test
    void aFailedCheckoutMayStillSucceedLaterSoNoPaymentIsLost() {
        Payment payment = pending(1);
        assertThat(payment.fail("Your card was declined.", NOW)).isTrue();
        assertThat(payment.succeed("pi_2", null, NOW.plusSeconds(60))).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.failure()).isEmpty();
    }

    @Test
    void anOpenCheckoutIsOfferedAgainForADayButNotAfterItSettled() {
        Payment payment = pending(1);
        assertThat(payment.reusableCheckout(NOW)).isFalse();
        payment.openedCheckout("cs_1", "https://checkout.stripe.test/cs_1", null);
        assertThat(payment.reusableCheckout(NOW.plusSeconds(3600))).isTrue();
        assertThat(payment.reusableCheckout(NOW.plusSeconds(24 * 3600))).isFalse();
        payment.fail("declined", NOW);
        assertThat(payment.reusableCheckout(NOW)).isFalse();
    }

    @Test
    void theIdIsTheSameForTheSameInvoiceAndAttemptSoARetrySendsTheSameMetadata() {
        assertThat(pending(1).id()).isEqualTo(pending(1).id()).isEqualTo(Payment.idOf("inv-1", 1));
        assertThat(pending(2).id()).isNotEqualTo(pending(1).id());
        assertThat(Payment.idOf("inv-2", 1)).isNotEqualTo(pending(1).id()).hasSize(36);
    }

    @Test
    void aCheckoutIsNotOfferedAgainAfterTheGatewaysExpiryAndLapsesInstead() {
        Payment payment = pending(1);
        payment.openedCheckout("cs_1", "https://checkout.stripe.test/cs_1", NOW.plusSeconds(1800));
        assertThat(payment.checkoutExpiresAt()).contains(NOW.plusSeconds(1800));
        assertThat(payment.reusableCheckout(NOW.plusSeconds(1200))).isTrue();
        assertThat(payment.checkoutLapsed(NOW.plusSeconds(1200))).isFalse();
        assertThat(payment.reusableCheckout(NOW.plusSeconds(1790)))
                .as("a minute before")
                .isFalse();
        assertThat(payment.checkoutLapsed(NOW.plusSeconds(1800))).isTrue();
    }

    @Test
    void anExpiredCheckoutExpiresOnceAndAPaymentAlreadySettledStaysAsItIs() {
        Payment payment = pending(1);
        assertThat(payment.expire(NOW)).as("no checkout").isFalse();
        payment.openedCheckout("cs_1", "https://checkout.stripe.test/cs_1", NOW.plusSeconds(60));
        assertThat(payment.expire(NOW)).isTrue();
        assertThat(payment.expire(NOW)).as("replayed").isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(payment.reusableCheckout(NOW)).isFalse();
        assertThat(payment.checkoutLapsed(NOW.plusSeconds(3600))).isFalse();

        Payment paid = pending(2);
        paid.openedCheckout("cs_2", "https://checkout.stripe.test/cs_2", NOW.plusSeconds(60));
        paid.succeed("pi_2", null, NOW);
        assertThat(paid.expire(NOW)).isFalse();
        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void onlyASuccessfulPaymentIsRefunded() {
        Payment payment = pending(1);
        assertThat(payment.refundedUpTo(new BigDecimal("15990"), NOW)).isFalse();
        assertThat(payment.refundable()).isZero();
        payment.succeed("pi_1", null, NOW);
        assertThat(payment.refundedUpTo(new BigDecimal("15990"), NOW)).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refundable()).isZero();
    }

    @Test
    void partialRefundsAddUpAndAReplayedOrLateTotalChangesNothing() {
        Payment payment = pending(1);
        payment.succeed("pi_1", null, NOW);

        assertThat(payment.refundedUpTo(new BigDecimal("1190"), NOW)).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.refundable()).isEqualByComparingTo("14800");
        assertThat(payment.refundedUpTo(new BigDecimal("1190"), NOW))
                .as("replayed")
                .isFalse();
        assertThat(payment.refundedUpTo(new BigDecimal("1000"), NOW)).as("late").isFalse();
        assertThat(payment.refundedUpTo(new BigDecimal("99999"), NOW)).isTrue();
        assertThat(payment.refundedAmount()).isEqualByComparingTo("15990");
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
    }
}
