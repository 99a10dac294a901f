package io.andes.billing.invoice.domain;

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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A renewal invoice (or a cancellation's settlement invoice): one of each kind per subscription period, numbered without gaps across the platform, with the tenant's billing
 * data as it was when issued. Its figures never change once issued; staff may only void it (with a reason, answered by
 * a credit note), and an unpaid one past its due date is overdue.
 */
@Entity
@Table(name = "invoice")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class Invoice {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "number", nullable = false, length = 20)
    private String number;

    @Column(name = "subscription_id", nullable = false, length = 36)
    private String subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private InvoiceStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private InvoiceKind kind = InvoiceKind.RENOVACION;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "net", nullable = false)
    private BigDecimal net;

    @Column(name = "tax_percent", nullable = false)
    private BigDecimal taxPercent;

    @Column(name = "tax", nullable = false)
    private BigDecimal tax;

    @Column(name = "total", nullable = false)
    private BigDecimal total;

    @Column(name = "bill_legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "bill_tax_id", length = 20)
    private String taxId;

    @Column(name = "bill_address", length = 300)
    private String address;

    @Column(name = "bill_activity", length = 200)
    private String activity;

    @Column(name = "bill_email", length = 254)
    private String email;

    @Column(name = "bill_country", nullable = false, length = 2)
    private String country;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @Column(name = "order_id", length = 36)
    private String orderId;

    @Column(name = "paid_at")
    private Instant paidAt;

    /** What the invoice bills, for the one-invoice-per-period key: the renewal, or one store order. */
    @Column(name = "source_key", nullable = false, length = 36)
    private String sourceKey = "RENEWAL";

    protected Invoice() {}

    /** Issues {@code draft} under {@code number} for the subscription's period, payable by {@code dueOn}. */
    public Invoice(
            InvoiceKind kind,
            InvoiceNumber number,
            String subscriptionId,
            InvoiceDraft draft,
            BillingData billedTo,
            LocalDate issueDate,
            LocalDate dueOn,
            Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.number = number.formatted();
        this.subscriptionId = subscriptionId;
        this.status = InvoiceStatus.PENDIENTE;
        this.issuedAt = now;
        this.issueDate = issueDate;
        this.dueOn = dueOn;
        this.periodStart = draft.periodStart();
        this.periodEnd = draft.periodEnd();
        this.currency = draft.currency();
        this.net = draft.net();
        this.taxPercent = draft.taxPercent();
        this.tax = draft.tax();
        this.total = draft.total();
        this.legalName = billedTo.legalName();
        this.taxId = billedTo.taxId();
        this.address = billedTo.address();
        this.activity = billedTo.activity();
        this.email = billedTo.email();
        this.country = billedTo.country();
    }

    /** Issues the invoice of a store order paid online at once: its prorated amount, due the day it is issued. */
    public static Invoice forOrder(
            InvoiceNumber number,
            String orderId,
            String subscriptionId,
            InvoiceDraft draft,
            BillingData billedTo,
            LocalDate today,
            Instant now) {
        Invoice invoice = paidAtOnce(number, orderId, subscriptionId, draft, billedTo, today, now);
        invoice.orderId = orderId;
        return invoice;
    }

    /**
     * Issues the invoice of a purchase paid at once (a store order, a one-off service such as urgent support): kind
     * ORDEN, its own {@code sourceKey} in the period, due the day it is issued.
     */
    public static Invoice paidAtOnce(
            InvoiceNumber number,
            String sourceKey,
            String subscriptionId,
            InvoiceDraft draft,
            BillingData billedTo,
            LocalDate today,
            Instant now) {
        Invoice invoice = new Invoice(InvoiceKind.ORDEN, number, subscriptionId, draft, billedTo, today, today, now);
        invoice.sourceKey = sourceKey;
        return invoice;
    }

    /** Whether it can still be paid: pending (or overdue), not paid, not voided. */
    public boolean payable() {
        return status == InvoiceStatus.PENDIENTE || status == InvoiceStatus.VENCIDA;
    }

    /** Paid once {@code paidSoFar} covers the total; answers whether it became paid now. */
    public boolean settle(BigDecimal paidSoFar, Instant now) {
        if (!payable() || paidSoFar.compareTo(total) < 0) {
            return false;
        }
        status = InvoiceStatus.PAGADA;
        paidAt = now;
        return true;
    }

    /** Overdue after the last automatic payment retry failed (billing staff decide what follows). */
    public void markOverdue() {
        if (status == InvoiceStatus.PENDIENTE) {
            status = InvoiceStatus.VENCIDA;
        }
    }

    /** The store order this invoice was issued for, when it was paid online at once. */
    public Optional<String> orderId() {
        return Optional.ofNullable(orderId);
    }

    /** Voids the invoice with the stated reason; a voided invoice cannot be voided again. */
    public void voidFor(String reason, Instant now) {
        if (status == InvoiceStatus.ANULADA) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La factura " + number + " ya está anulada.",
                    "Invoice " + number + " is already void.");
        }
        status = InvoiceStatus.ANULADA;
        voidReason = reason;
        voidedAt = now;
    }

    public String id() {
        return id;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String number() {
        return number;
    }

    public InvoiceKind kind() {
        return kind;
    }

    public InvoiceStatus status() {
        return status;
    }

    /** The status on {@code today} in the tenant's zone: a pending invoice past its due date is overdue. */
    public InvoiceStatus statusOn(LocalDate today) {
        return status == InvoiceStatus.PENDIENTE && today.isAfter(dueOn) ? InvoiceStatus.VENCIDA : status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal net() {
        return net;
    }

    public BigDecimal taxPercent() {
        return taxPercent;
    }

    public BigDecimal tax() {
        return tax;
    }

    public BigDecimal total() {
        return total;
    }

    public BillingData billedTo() {
        return new BillingData(legalName, taxId, address, activity, email, country);
    }

    public String voidReason() {
        return voidReason;
    }
}
