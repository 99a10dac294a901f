package io.andes.store.domain.subscription;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.store.domain.catalog.BillingPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A tenant's subscription: plan, billing period and currency (the tenant's), and the current period in the tenant's
 * time zone. There is one per tenant. Only the renewal run moves the stored period forward, once per period and with
 * its invoice; until it has run, purchases price the period that contains today.
 */
@Entity
@Table(name = "subscription")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class Subscription {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "plan_code", nullable = false, length = 40)
    private String planCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_period", nullable = false, length = 8)
    private BillingPeriod period;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    /** The day of the month the first period began on: every period ends on it (or its month's last day). */
    @Column(name = "anchor_day", nullable = false)
    private int anchorDay;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The day a cancellation took effect: an ended subscription is never renewed again. */
    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Subscription() {}

    /** A new subscription whose first period starts {@code today} in the tenant's time zone. */
    public Subscription(String planCode, BillingPeriod period, Currency currency, LocalDate today, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.planCode = planCode;
        this.period = period;
        this.currency = currency.getCurrencyCode();
        this.periodStart = today;
        this.anchorDay = today.getDayOfMonth();
        this.periodEnd = period.endOf(today);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The period that contains {@code today}, without changing anything. */
    public BillingCycle cycleOn(LocalDate today) {
        return new BillingCycle(periodStart, periodEnd).containing(today, period, anchorDay);
    }

    /** Moves the stored period forward to the one containing {@code today}. */
    public BillingCycle advanceTo(LocalDate today, Instant now) {
        BillingCycle cycle = cycleOn(today);
        if (!cycle.start().equals(periodStart)) {
            periodStart = cycle.start();
            periodEnd = cycle.end();
            updatedAt = now;
        }
        return cycle;
    }

    /** The stored period as it stands, ended or not: the one the next renewal invoice closes. */
    public BillingCycle storedCycle() {
        return new BillingCycle(periodStart, periodEnd);
    }

    /** The renewal: the stored period is followed by the next one of the same length. */
    public BillingCycle renew(Instant now) {
        periodStart = periodEnd;
        periodEnd = endOf(periodStart);
        updatedAt = now;
        return storedCycle();
    }

    /** Ends the subscription on {@code effective} (a cancellation): no renewal follows; false when it had ended. */
    public boolean end(LocalDate effective, Instant now) {
        if (endedOn != null) {
            return false;
        }
        endedOn = effective;
        updatedAt = now;
        return true;
    }

    public boolean isEnded() {
        return endedOn != null;
    }

    /** The end of a period of this subscription that starts on {@code start}. */
    public LocalDate endOf(LocalDate start) {
        return period.endOf(start, anchorDay);
    }

    public String id() {
        return id;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    public String planCode() {
        return planCode;
    }

    public BillingPeriod period() {
        return period;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }
}
