package io.andes.store.domain.order;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.store.domain.money.Money;
import io.andes.store.domain.quote.Quote;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A purchase in the store: its number, who placed it and when, the quote it was placed against, how it is paid and
 * where it stands. A RENEWAL order is activated when it is placed; a PAY_NOW order waits for its payment. An order is
 * placed once per idempotency key.
 */
@Entity
@Table(name = "store_order")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class StoreOrder {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 16)
    private OrderMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "prorated_net", nullable = false)
    private BigDecimal proratedNet;

    @Column(name = "prorated_tax", nullable = false)
    private BigDecimal proratedTax;

    @Column(name = "prorated_total", nullable = false)
    private BigDecimal proratedTotal;

    @Column(name = "recurring_net", nullable = false)
    private BigDecimal recurringNet;

    @Column(name = "tax_percent", nullable = false)
    private BigDecimal taxPercent;

    @Column(name = "quote_fingerprint", nullable = false, length = 64)
    private String quoteFingerprint;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "ordered_by_id", nullable = false, length = 100)
    private String orderedById;

    @Column(name = "ordered_by", nullable = false, length = 200)
    private String orderedBy;

    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    protected StoreOrder() {}

    public StoreOrder(OrderNumber number, OrderMode mode, Quote quote, Placement placement) {
        this.id = UUID.randomUUID().toString();
        this.number = number.sequence();
        this.mode = mode;
        this.status = mode.initialStatus();
        this.currency = quote.proratedNet().currency().getCurrencyCode();
        this.proratedNet = quote.proratedNet().amount();
        this.proratedTax = quote.proratedTax().amount();
        this.proratedTotal = quote.proratedTotal().amount();
        this.recurringNet = quote.recurringNet().amount();
        this.taxPercent = quote.taxPercent();
        this.quoteFingerprint = quote.fingerprint();
        this.idempotencyKey = placement.idempotencyKey();
        this.requestHash = placement.requestHash();
        this.orderedById = placement.byId();
        this.orderedBy = placement.byName();
        this.orderedAt = placement.at();
        this.activatedAt = status == OrderStatus.ACTIVATED ? placement.at() : null;
    }

    /** Who placed an order, when, under which idempotency key, and a digest of what they asked for. */
    public record Placement(String byId, String byName, Instant at, String idempotencyKey, String requestHash) {}

    /** A paid PAY_NOW order becomes ACTIVATED; answers whether it changed (a second payment event does not). */
    public boolean activate(Instant now) {
        if (status != OrderStatus.PENDING_PAYMENT) {
            return false;
        }
        status = OrderStatus.ACTIVATED;
        activatedAt = now;
        return true;
    }

    /** Whether a retry under the same idempotency key asks for the same thing. */
    public boolean sameRequest(String otherRequestHash) {
        return requestHash.equals(otherRequestHash);
    }

    public String id() {
        return id;
    }

    public OrderNumber number() {
        return new OrderNumber(number);
    }

    public OrderMode mode() {
        return mode;
    }

    public OrderStatus status() {
        return status;
    }

    public Money proratedNet() {
        return money(proratedNet);
    }

    public Money proratedTax() {
        return money(proratedTax);
    }

    public Money proratedTotal() {
        return money(proratedTotal);
    }

    public Money recurringNet() {
        return money(recurringNet);
    }

    public BigDecimal taxPercent() {
        return taxPercent;
    }

    public String quoteFingerprint() {
        return quoteFingerprint;
    }

    public String orderedBy() {
        return orderedBy;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public Optional<Instant> activatedAt() {
        return Optional.ofNullable(activatedAt);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, Currency.getInstance(currency));
    }
}
