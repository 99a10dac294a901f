package io.andes.store.domain.order;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.store.domain.money.Money;
import io.andes.store.domain.money.Proration;
import io.andes.store.domain.quote.QuoteLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One add-on of an order with the figures it was priced with: they never change after the order is placed. */
@Entity
@Table(name = "store_order_line")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class OrderLine {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "order_id", nullable = false, length = 36)
    private String orderId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "addon_code", nullable = false, length = 40)
    private String addOnCode;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "renewal_unit_price", nullable = false)
    private BigDecimal renewalUnitPrice;

    @Column(name = "activated_on", nullable = false)
    private LocalDate activatedOn;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "days_remaining", nullable = false)
    private int daysRemaining;

    @Column(name = "days_in_period", nullable = false)
    private int daysInPeriod;

    @Column(name = "prorated_amount", nullable = false)
    private BigDecimal proratedAmount;

    @Column(name = "recurring_amount", nullable = false)
    private BigDecimal recurringAmount;

    protected OrderLine() {}

    public OrderLine(StoreOrder order, int position, QuoteLine line) {
        this.id = UUID.randomUUID().toString();
        this.orderId = order.id();
        this.position = position;
        this.addOnCode = line.addOn().code();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice().amount();
        this.renewalUnitPrice = line.renewalUnitPrice().amount();
        Proration proration = line.proration();
        this.activatedOn = proration.activatedOn();
        this.periodStart = proration.periodStart();
        this.periodEnd = proration.periodEnd();
        this.daysRemaining = Math.toIntExact(proration.daysRemaining());
        this.daysInPeriod = Math.toIntExact(proration.daysInPeriod());
        this.proratedAmount = line.prorated().amount();
        this.recurringAmount = line.recurring().amount();
    }

    public String id() {
        return id;
    }

    public String orderId() {
        return orderId;
    }

    public int position() {
        return position;
    }

    public String addOnCode() {
        return addOnCode;
    }

    public int quantity() {
        return quantity;
    }

    public Proration proration() {
        return new Proration(activatedOn, periodStart, periodEnd);
    }

    public Money unitPrice(Currency in) {
        return new Money(unitPrice, in);
    }

    public Money renewalUnitPrice(Currency in) {
        return new Money(renewalUnitPrice, in);
    }

    public Money prorated(Currency in) {
        return new Money(proratedAmount, in);
    }

    public Money recurring(Currency in) {
        return new Money(recurringAmount, in);
    }
}
