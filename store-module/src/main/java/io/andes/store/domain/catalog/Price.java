package io.andes.store.domain.catalog;

import io.andes.store.domain.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The price of a plan or add-on for one billing period in one currency, for periods starting on or after
 * {@link #validFrom()}. Prices are never edited: a change is a new row, so what was quoted and invoiced stays true.
 */
@Entity
@Table(name = "store_price")
public class Price {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_kind", nullable = false, length = 8)
    private ProductKind kind;

    @Column(name = "product_code", nullable = false, length = 40)
    private String productCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_period", nullable = false, length = 8)
    private BillingPeriod period;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Price() {}

    public Price(
            ProductKind kind,
            String productCode,
            BillingPeriod period,
            Money amount,
            LocalDate validFrom,
            Instant now) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A price is not negative");
        }
        this.kind = kind;
        this.productCode = productCode;
        this.period = period;
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.validFrom = validFrom;
        this.createdAt = now;
    }

    public ProductKind kind() {
        return kind;
    }

    public String productCode() {
        return productCode;
    }

    public BillingPeriod period() {
        return period;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency));
    }
}
