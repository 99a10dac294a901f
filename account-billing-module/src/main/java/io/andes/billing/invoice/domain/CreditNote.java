package io.andes.billing.invoice.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The credit note that answers a voided invoice: its whole total, with the reason and who voided it. */
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

    @Column(name = "invoice_id", nullable = false, length = 36)
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

    public String number() {
        return number;
    }

    public BigDecimal total() {
        return total;
    }
}
