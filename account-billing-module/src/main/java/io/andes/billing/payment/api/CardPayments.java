package io.andes.billing.payment.api;

import java.math.BigDecimal;

/**
 * What billing asks of the bound tenant's card payments, in the caller's transaction: whether an invoice was paid by
 * card (only that can be refunded to the card; a bank transfer cannot), whether a card is on file, and a charge of an
 * invoice to that card now, off-session, under an idempotency key derived from the buyer's own key.
 */
public interface CardPayments {

    /** Whether a successful card payment of the invoice still has money that can go back to the card. */
    boolean paidByCard(String invoiceId);

    /** Whether one successful card payment of the invoice can still give back {@code amount} (what the job needs). */
    boolean refundableToCard(String invoiceId, BigDecimal amount);

    /** Whether the tenant has a card on file to charge without the buyer. */
    boolean cardOnFile();

    /**
     * Charges what is owed on the invoice to the card on file now, recording the payment (the invoice is paid when it
     * succeeds); a decline is an answer, not an exception. {@code key} names the charge at the gateway.
     */
    Charged chargeNow(String invoiceId, String startedBy, String key);

    /** The outcome: the payment recorded and, when it failed, why. */
    record Charged(boolean succeeded, String paymentId, String failure) {}
}
