package io.andes.billing.invoice.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

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
 * A credit note, numbered without gaps like invoices: the one that answers a voided invoice (its whole total), or a
 * credit billing staff grant for a claim ({@link CreditNoteKind}), net of tax, against an invoice or standalone, linked
 * to the claim ticket and kept as a credit balance or refunded to the card ({@link #destination()}).
 */
@Entity
@Table(name = "credit_note")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class CreditNote {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "number", nullable = false, length = 20)
    private String number;

    @Column(name = "invoice_id", length = 36)
    private String invoiceId;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "total", nullable = false)
    private BigDecimal total;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 200)
    private String issuedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private CreditNoteKind kind = CreditNoteKind.ANULACION;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    @Column(name = "outage_from")
    private LocalDate outageFrom;

    @Column(name = "outage_to")
    private LocalDate outageTo;

    /** BALANCE or REFUND for a granted credit; none for a void's. */
    @Column(name = "destination", length = 8)
    private String destination;

    protected CreditNote() {}

    public CreditNote(InvoiceNumber number, Invoice voided, String reason, String by, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.number = number.formatted();
        this.invoiceId = voided.id();
        this.reason = reason;
        this.currency = voided.currency();
        this.total = voided.total();
        this.issuedAt = now;
        this.issuedBy = by;
    }

    /** A credit granted for a claim: {@code amount} net, {@code invoiceId} null for a standalone credit. */
    public CreditNote(InvoiceNumber number, Grant grant, String by, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.number = number.formatted();
        this.invoiceId = grant.invoiceId();
        this.reason = grant.reason();
        this.currency = grant.currency();
        this.total = grant.amount();
        this.issuedAt = now;
        this.issuedBy = by;
        this.kind = grant.kind();
        this.ticketNumber = grant.ticketNumber();
        this.outageFrom = grant.outageFrom();
        this.outageTo = grant.outageTo();
        this.destination = grant.refund() ? "REFUND" : "BALANCE";
    }

    /** What a granted credit says; validated by the use case that grants it. */
    public record Grant(
            CreditNoteKind kind,
            String ticketNumber,
            String invoiceId,
            String reason,
            String currency,
            BigDecimal amount,
            LocalDate outageFrom,
            LocalDate outageTo,
            boolean refund) {}

    public String id() {
        return id;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public String reason() {
        return reason;
    }

    public String currency() {
        return currency;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public CreditNoteKind kind() {
        return kind;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public LocalDate outageFrom() {
        return outageFrom;
    }

    public LocalDate outageTo() {
        return outageTo;
    }

    public String destination() {
        return destination;
    }

    public String number() {
        return number;
    }

    public BigDecimal total() {
        return total;
    }
}
