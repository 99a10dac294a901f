package io.andes.store.domain.order;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.store.domain.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A prorated amount an activated order leaves for the renewal invoice due on {@link #dueOn()}: net, in the tenant's
 * currency, described as the invoice will print it. A one-off service (paid urgent support) leaves one too, with no
 * order behind it. The renewal run marks it invoiced exactly once.
 */
@Entity
@Table(name = "pending_charge")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class PendingCharge {

    public static final String PENDING = "PENDING";
    public static final String INVOICED = "INVOICED";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "order_id", length = 36)
    private String orderId;

    @Column(name = "order_line_id", length = 36)
    private String orderLineId;

    /** What a one-off charge pays for (e.g. {@code urgent-support:T-000012}): charged once per source. */
    @Column(name = "source_ref", length = 80)
    private String sourceRef;

    @Column(name = "description", nullable = false, length = 300)
    private String description;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PendingCharge() {}

    public PendingCharge(OrderLine line, String description, Money amount, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.orderId = line.orderId();
        this.orderLineId = line.id();
        this.description = description;
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.status = PENDING;
        this.dueOn = line.proration().periodEnd();
        this.createdAt = now;
    }

    /** A one-off service ({@code sourceRef} says which) charged on the renewal invoice due on {@code dueOn}. */
    public PendingCharge(String sourceRef, String description, Money amount, LocalDate dueOn, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.sourceRef = sourceRef;
        this.description = description;
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.status = PENDING;
        this.dueOn = dueOn;
        this.createdAt = now;
    }

    /** Charged on a renewal invoice: never charged again. */
    public void invoiced() {
        if (!PENDING.equals(status)) {
            throw new IllegalStateException("Charge " + id + " is " + status);
        }
        status = INVOICED;
    }

    public String id() {
        return id;
    }

    public String orderId() {
        return orderId;
    }

    public String description() {
        return description;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency));
    }

    public String status() {
        return status;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
