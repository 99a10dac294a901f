package io.andes.billing.payment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Payments, checkouts, the card on file and staff flags as clients see them. */
public final class PaymentViews {

    private PaymentViews() {}

    /**
     * One payment of the history: who started it, when, how, how much, where it stands ({@code PARTIALLY_REFUNDED}
     * when part of it went back to the card: {@code refunded} says how much).
     */
    public record Payment(
            String id,
            String invoiceNumber,
            String method,
            String gateway,
            String status,
            BigDecimal amount,
            BigDecimal refunded,
            String currency,
            String startedBy,
            Instant startedAt,
            Instant settledAt,
            String reference,
            String failure) {}

    /**
     * What an invoice has received, for billing staff: its total, the successful payments, what they add up to and what
     * is still owed (nothing on an invoice that is paid or void).
     */
    public record InvoicePayments(
            String invoiceNumber,
            String currency,
            BigDecimal total,
            BigDecimal paid,
            BigDecimal owed,
            boolean payable,
            List<Payment> payments) {}

    /** Where to send the buyer to pay (the same checkout while it is open). */
    public record Checkout(
            String paymentId, String invoiceNumber, String status, BigDecimal amount, String currency, String url) {}

    /**
     * The card on file ({@code card} names it, {@code savedCard} has its details when the gateway reported them) and
     * automatic payment; {@code sandbox} when the tenant pays through the local sandbox.
     */
    public record Account(String card, SavedCard savedCard, boolean autoPay, String gateway, boolean sandbox) {}

    /** The card on file as the gateway reports it: brand code ({@code visa}) and name, last four digits, expiry. */
    public record SavedCard(String brand, String brandName, String last4, int expMonth, int expYear) {}

    /**
     * A tenant whose automatic payment failed after its last retry, for billing staff: the invoice (its currency and
     * total), flagged when, the last failure, the attempts made since the first failure.
     */
    public record Flag(
            String tenant,
            String invoiceNumber,
            Instant flaggedAt,
            String lastFailure,
            String currency,
            BigDecimal total,
            int attempts,
            Instant firstFailureAt) {}

    /** The outcome of a sandbox checkout: paid, or the reason shown to the buyer. */
    public record SandboxResult(boolean paid, String message, String invoiceNumber) {}
}
