package io.andes.billing.payment.domain;

/** How an invoice was paid: a card through Stripe, a bank transfer recorded by staff, or the local sandbox. */
public enum PaymentMethod {
    CARD,
    TRANSFER,
    SANDBOX
}
