package io.andes.billing.credit.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Credit notes, the credit balance, cancellation settlements, urgent support purchases and credit proposals as clients
 * see them. Amounts are in the tenant's currency at its minor unit; credit amounts are net of tax.
 */
public final class CreditViews {

    private CreditViews() {}

    /** A credit note of any kind; {@code invoice} empty for a standalone credit, {@code destination} BALANCE or REFUND. */
    public record CreditNote(
            String number,
            String kind,
            String kindLabel,
            String ticket,
            String invoice,
            String reason,
            String currency,
            BigDecimal amount,
            String destination,
            LocalDate outageFrom,
            LocalDate outageTo,
            Instant issuedAt,
            String issuedBy)
            implements Serializable {}

    /** A movement of the balance, or a refund request ({@code refundStatus} PENDING or DONE). */
    public record Entry(
            String id, String kind, String description, BigDecimal amount, String refundStatus, Instant createdAt)
            implements Serializable {}

    /** The credit balance the next invoice will use, with its latest movements. */
    public record Balance(String currency, BigDecimal balance, List<Entry> entries) implements Serializable {}

    /** A credit line of a settlement: what prepaid item, how many unused days of how many, the amount. */
    public record SettlementLine(String description, long unusedDays, long daysInPeriod, BigDecimal amount) {}

    /**
     * What a cancellation settles, before or after it runs: the unused prepaid days credited (to the balance or the
     * card), the pending charges invoiced, the balance used on them and what is left.
     */
    public record Settlement(
            String ticket,
            LocalDate effectiveDate,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd,
            String prepaidInvoice,
            List<SettlementLine> credits,
            BigDecimal credit,
            List<SettlementLine> charges,
            BigDecimal pendingCharges,
            BigDecimal balanceBefore,
            BigDecimal balanceApplied,
            boolean refund,
            String creditNote,
            String invoice,
            boolean executed,
            Instant executedAt) {}

    /** A paid "Soporte urgente" for one ticket. */
    public record UrgentPurchase(
            String id,
            String ticket,
            String currency,
            BigDecimal amount,
            String mode,
            String purchasedBy,
            Instant purchasedAt)
            implements Serializable {}

    /** A credit proposed to billing staff because a paid urgent ticket missed its SLA. */
    public record Proposal(
            String id,
            String tenant,
            String ticket,
            String currency,
            BigDecimal amount,
            String detail,
            String status,
            Instant createdAt,
            String decidedBy,
            String decisionReason,
            String creditNote) {}

    /** A refund request closed by billing staff by hand: how, under what reference, on what date, by whom and when. */
    public record ManualRefund(
            String id,
            String tenant,
            String creditNote,
            String invoice,
            String currency,
            BigDecimal amount,
            String status,
            String method,
            String reference,
            LocalDate refundedOn,
            String refundedBy,
            Instant refundedAt) {}
}
