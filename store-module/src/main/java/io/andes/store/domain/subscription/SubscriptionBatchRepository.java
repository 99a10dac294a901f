package io.andes.store.domain.subscription;

import io.andes.core.tenancy.TenantId;
import io.andes.store.domain.catalog.BillingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Subscriptions of many tenants at once, for the renewal run's batches: every statement names its tenants itself (no
 * tenant is bound), and all of it runs in the caller's transaction.
 */
public interface SubscriptionBatchRepository {

    /** A subscription whose stored period has ended, locked by the caller's transaction. */
    record Ended(
            TenantId tenant,
            String id,
            String planCode,
            BillingPeriod period,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd,
            int anchorDay) {}

    /** One add-on a tenant holds: now and from the next renewal. */
    record HeldAddOn(TenantId tenant, String code, int quantity, int renewalQuantity) {}

    /** A pending charge of a tenant, in the order its renewal invoices them. */
    record Pending(TenantId tenant, String id, String description, BigDecimal amount, LocalDate dueOn) {}

    /** A claimed subscription moved on: its stored period becomes {@code newStart} to {@code newEnd}. */
    record Move(TenantId tenant, String id, LocalDate newStart, LocalDate newEnd) {}

    /**
     * Locks the subscriptions of {@code tenants} whose stored period ends on or before {@code latest}, skipping rows
     * that another transaction holds (another runner renews those).
     */
    List<Ended> claimEnded(Collection<TenantId> tenants, LocalDate latest);

    List<HeldAddOn> addOns(Collection<TenantId> tenants);

    List<Pending> pending(Collection<TenantId> tenants);

    /**
     * The renewals of claimed subscriptions: each moves to its next period, its tenant's add-ons take their renewal
     * quantities and {@code invoicedCharges} are marked invoiced. A row that changed since it was claimed fails the
     * whole call ({@link IllegalStateException}).
     */
    void renew(List<Move> moves, List<Pending> invoicedCharges, Instant now);
}
