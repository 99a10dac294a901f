package io.andes.billing.invoice.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One line of an issued invoice, as its draft computed it; never changed. */
@Entity
@Table(name = "invoice_line")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class InvoiceLine {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "invoice_id", nullable = false, length = 36)
    private String invoiceId;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private LineKind kind;

    @Column(name = "product_code", length = 40)
    private String productCode;

    @Column(name = "description", nullable = false, length = 300)
    private String description;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "source_id", length = 36)
    private String sourceId;

    protected InvoiceLine() {}

    public InvoiceLine(Invoice invoice, int position, DraftLine line) {
        this.id = UUID.randomUUID().toString();
        this.invoiceId = invoice.id();
        this.position = position;
        this.kind = line.kind();
        this.productCode = line.productCode();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.amount = line.amount();
        this.sourceId = line.sourceId();
    }

    public DraftLine asDrafted() {
        return new DraftLine(kind, productCode, description, quantity, unitPrice, amount, sourceId);
    }
}
