package io.andes.billing.payment.application;

import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.domain.Payment;

/** Payments as clients see them. */
final class PaymentPresenter {

    private PaymentPresenter() {}

    static PaymentViews.Payment view(Payment payment) {
        return new PaymentViews.Payment(
                payment.id(),
                payment.invoiceNumber(),
                payment.method().name(),
                payment.gateway(),
                payment.status().name(),
                payment.amount(),
                payment.currency(),
                payment.startedBy(),
                payment.startedAt(),
                payment.settledAt().orElse(null),
                payment.reference().orElse(null),
                payment.failure().orElse(null));
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
