package io.andes.billing.payment.application;

import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentStatus;

/** Payments as clients see them. */
final class PaymentPresenter {

    private PaymentPresenter() {}

    static PaymentViews.Payment view(Payment payment) {
        return new PaymentViews.Payment(
                payment.id(),
                payment.invoiceNumber(),
                payment.method().name(),
                payment.gateway(),
                status(payment),
                payment.amount(),
                payment.refundedAmount(),
                payment.currency(),
                payment.startedBy(),
                payment.startedAt(),
                payment.settledAt().orElse(null),
                payment.reference().orElse(null),
                payment.failure().orElse(null));
    }

    /** Where it stands as the history shows it: a successful payment partly given back is PARTIALLY_REFUNDED. */
    static String status(Payment payment) {
        boolean partly = payment.status() == PaymentStatus.SUCCEEDED
                && payment.refundedAmount().signum() > 0;
        return partly ? "PARTIALLY_REFUNDED" : payment.status().name();
    }

    static PaymentViews.Checkout checkout(Payment payment) {
        return new PaymentViews.Checkout(
                payment.id(),
                payment.invoiceNumber(),
                payment.status().name(),
                payment.amount(),
                payment.currency(),
                payment.checkoutUrl());
    }
}
