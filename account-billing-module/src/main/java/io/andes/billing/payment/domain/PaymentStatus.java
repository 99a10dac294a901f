package io.andes.billing.payment.domain;

/**
 * Where a payment stands; SUCCEEDED and REFUNDED are final for the payment flow (a later failure never undoes them).
 * EXPIRED is a checkout the buyer never paid before the gateway closed it: it is not offered again.
 */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    REFUNDED,
    EXPIRED
}
