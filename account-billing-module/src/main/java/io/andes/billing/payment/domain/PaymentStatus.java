package io.andes.billing.payment.domain;

/** Where a payment stands; SUCCEEDED and REFUNDED are final for the payment flow (a later failure never undoes them). */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    REFUNDED
}
