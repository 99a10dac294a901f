package io.andes.billing.credit.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One movement of a tenant's credit balance, never changed: the balance is the sum of the CREDIT_NOTE and APPLIED
 * entries (exact, at the currency's minor unit). A REFUND_REQUESTED entry is money owed back to the card instead; the
 * payment gateway marks it done, or billing staff close it by hand (a transfer) when it cannot go to the card.
 */
@Entity
@Table(name = "credit_ledger")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class LedgerEntry {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_kind", nullable = false, length = 16)
    private LedgerKind kind;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "credit_note_id", length = 36)
    private String creditNoteId;

    @Column(name = "invoice_id", length = 36)
    private String invoiceId;

    @Column(name = "description", nullable = false, length = 300)
    private String description;

    @Column(name = "refund_status", length = 8)
    private String refundStatus;

    @Column(name = "refund_reference", length = 100)
    private String refundReference;

    @Column(name = "refund_attempts", nullable = false)
    private int refundAttempts;

    @Column(name = "refund_failure", length = 500)
    private String refundFailure;

    @Column(name = "refund_next_at")
    private Instant refundNextAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "refund_method", length = 16)
    private RefundMethod refundMethod;

    @Column(name = "refunded_on")
    private LocalDate refundedOn;

    @Column(name = "refunded_by", length = 200)
    private String refundedBy;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LedgerEntry() {}

    private LedgerEntry(LedgerKind kind, String currency, BigDecimal amount, String description, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.currency = currency;
        this.amount = amount;
        this.description = description;
        this.createdAt = now;
    }

    /** A credit note's amount added to the balance. */
    public static LedgerEntry credited(
            String creditNoteId, String currency, BigDecimal amount, String description, Instant now) {
        LedgerEntry entry = new LedgerEntry(LedgerKind.CREDIT_NOTE, currency, amount, description, now);
        entry.creditNoteId = creditNoteId;
        return entry;
    }

    /** Part of the balance used by an invoice: a negative movement. */
    public static LedgerEntry applied(
            String invoiceId, String currency, BigDecimal amount, String description, Instant now) {
        LedgerEntry entry = new LedgerEntry(LedgerKind.APPLIED, currency, amount.negate(), description, now);
        entry.invoiceId = invoiceId;
        return entry;
    }

    /** A credit note to be refunded to the card of the invoice it answers, pending until the gateway refunds it. */
    public static LedgerEntry refundRequested(
            String creditNoteId,
            String invoiceId,
            String currency,
            BigDecimal amount,
            String description,
            Instant now) {
        LedgerEntry entry = new LedgerEntry(LedgerKind.REFUND_REQUESTED, currency, amount, description, now);
        entry.creditNoteId = creditNoteId;
        entry.invoiceId = invoiceId;
        entry.refundStatus = "PENDING";
        return entry;
    }

    /** The gateway refunded it under {@code reference}; false when it was done before. */
    public boolean refunded(String reference) {
        if (!"PENDING".equals(refundStatus)) {
            return false;
        }
        refundStatus = "DONE";
        refundReference = reference;
        refundMethod = RefundMethod.TARJETA;
        refundAttempts++;
        refundFailure = null;
        refundNextAt = null;
        return true;
    }

    /**
     * Billing staff gave the money back by hand ({@code method}, under {@code reference}, on {@code paidOn}): the request
     * is done and the gateway never touches it; a request done before is a 409.
     */
    public void refundedByHand(RefundMethod method, String reference, LocalDate paidOn, String by, Instant now) {
        if (!"PENDING".equals(refundStatus)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La devolución ya está cerrada (" + (refundMethod == null ? "" : refundMethod.name() + " ")
                            + refundReference + ").",
                    "The refund is closed already (" + (refundMethod == null ? "" : refundMethod.name() + " ")
                            + refundReference + ").");
        }
        refundStatus = "DONE";
        refundMethod = method;
        refundReference = reference;
        refundedOn = paidOn;
        refundedBy = by;
        refundedAt = now;
        refundFailure = null;
        refundNextAt = null;
    }

    /** An attempt to refund it failed; it stays pending with the reason staff read, tried again at {@code retryAt}. */
    public void refundFailed(String reason, Instant retryAt) {
        if ("PENDING".equals(refundStatus)) {
            refundAttempts++;
            refundFailure = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
            refundNextAt = retryAt;
        }
    }

    public int refundAttempts() {
        return refundAttempts;
    }

    public String refundFailure() {
        return refundFailure;
    }

    public String id() {
        return id;
    }

    public LedgerKind kind() {
        return kind;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String creditNoteId() {
        return creditNoteId;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public String description() {
        return description;
    }

    public String refundStatus() {
        return refundStatus;
    }

    public String refundReference() {
        return refundReference;
    }

    public RefundMethod refundMethod() {
        return refundMethod;
    }

    public LocalDate refundedOn() {
        return refundedOn;
    }

    public String refundedBy() {
        return refundedBy;
    }

    public Instant refundedAt() {
        return refundedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
