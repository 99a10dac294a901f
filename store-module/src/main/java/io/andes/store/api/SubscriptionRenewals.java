package io.andes.store.api;

import io.andes.core.tenancy.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The store's side of the renewal run. A subscription's stored period is renewed once, by the transaction that
 * claimed it: {@link #claimEnded()} locks it (skipping it when another runner holds it) and {@link #renew} then moves
 * it to the next period in the same transaction, with the add-on quantities, quotas and pending charges.
 */
public interface SubscriptionRenewals {

    /** Tenants of any subscription whose stored period ends on or before {@code latest}, the run's candidates. */
    List<TenantId> candidates(LocalDate latest, int limit);

    /** The bound tenant's next renewal as it stands now, changing nothing: the next-invoice preview. */
    Renewal upcoming();

    /**
     * The bound tenant's renewal when its period has ended today in its time zone, with the subscription locked until
     * the caller's transaction ends; empty when not due or claimed by another runner.
     */
    Optional<Renewal> claimEnded();

    /**
     * In the claiming transaction: the add-ons' renewal quantities become active and the quotas follow, the
     * renewal's prorated charges are marked invoiced, and the subscription moves to the next period.
     */
    void renew(Renewal renewal);
}
