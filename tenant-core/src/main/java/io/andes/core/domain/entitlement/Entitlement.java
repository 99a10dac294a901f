package io.andes.core.domain.entitlement;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.api.EntitlementType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PessimisticLock;
import org.eclipse.persistence.config.QueryHints;

/**
 * One quota of one tenant: the limit (included by the plan plus add-ons) and what is in use. Usage never exceeds the
 * limit and never goes below zero; a monthly quota starts again from zero on the first day of each month in the
 * tenant's time zone.
 */
@Entity
@Table(name = "entitlement")
@NamedQuery(
        name = Entitlement.LOCK_BY_TYPE,
        query = "SELECT e FROM Entitlement e WHERE e.type = :type",
        hints = @QueryHint(name = QueryHints.PESSIMISTIC_LOCK, value = PessimisticLock.Lock))
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class Entitlement {

    /** Named, with its lock, so that EclipseLink prepares it once rather than on every consumption. */
    public static final String LOCK_BY_TYPE = "Entitlement.lockByType";

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 32)
    private EntitlementType type;

    @Column(name = "included", nullable = false)
    private int included;

    @Column(name = "additional", nullable = false)
    private int additional;

    @Column(name = "used", nullable = false)
    private int used;

    /** First day of the month that {@link #used} counts, for monthly quotas; null otherwise. */
    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Entitlement() {}

    public Entitlement(EntitlementType type, int included, LocalDate today, Instant now) {
        this.type = type;
        this.included = requireNotNegative(included);
        this.periodStart = type.monthly() ? today.withDayOfMonth(1) : null;
        this.updatedAt = now;
    }

    /** A quota as stored, read by a platform job's plain SQL (the renewal run's batches). */
    public static Entitlement stored(
            EntitlementType type, int included, int additional, int used, LocalDate periodStart, Instant updatedAt) {
        Entitlement entitlement = new Entitlement();
        entitlement.type = type;
        entitlement.included = included;
        entitlement.additional = additional;
        entitlement.used = used;
        entitlement.periodStart = periodStart;
        entitlement.updatedAt = updatedAt;
        return entitlement;
    }

    /** Takes {@code quantity} units, or refuses with the quota's figures when they do not fit. */
    public void consume(int quantity, LocalDate today, Instant now) {
        requirePositive(quantity);
        rollOver(today);
        if ((long) used + quantity > limit()) {
            throw new QuotaExceededException(type, limit(), used, quantity);
        }
        used += quantity;
        updatedAt = now;
    }

    /** Gives back {@code quantity} units, never more than are in use. */
    public void release(int quantity, LocalDate today, Instant now) {
        requirePositive(quantity);
        rollOver(today);
        if (quantity > used) {
            throw new ReleaseExceedsUsageException(type, used, quantity);
        }
        used -= quantity;
        updatedAt = now;
    }

    /** Sets the units bought as add-ons on top of the plan; the limit never drops below what is in use. */
    public void changeAdditional(int additional, LocalDate today, Instant now) {
        requireNotNegative(additional);
        rollOver(today);
        if ((long) included + additional < used) {
            throw new LimitBelowUsageException(type, included + additional, used);
        }
        this.additional = additional;
        this.updatedAt = now;
    }

    /** A new month starts from zero; a clock that steps back never reopens an earlier month. */
    private void rollOver(LocalDate today) {
        if (isStale(today)) {
            periodStart = today.withDayOfMonth(1);
            used = 0;
        }
    }

    private boolean isStale(LocalDate today) {
        return type.monthly() && (periodStart == null || today.withDayOfMonth(1).isAfter(periodStart));
    }

    /** The usage as of {@code today}, without changing anything (a stale month reads as zero). */
    public EntitlementUsage usage(LocalDate today) {
        boolean stale = isStale(today);
        LocalDate start = !type.monthly() ? null : stale ? today.withDayOfMonth(1) : periodStart;
        return new EntitlementUsage(type, included, additional, stale ? 0 : used, start);
    }

    public EntitlementType type() {
        return type;
    }

    public int limit() {
        return included + additional;
    }

    public int additional() {
        return additional;
    }

    public int used() {
        return used;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    private static int requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("The quantity must be positive");
        }
        return quantity;
    }

    private static int requireNotNegative(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("The quantity must not be negative");
        }
        return quantity;
    }
}
