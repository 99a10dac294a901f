package io.andes.store.api;

import io.andes.core.tenancy.TenantId;
import java.util.Collection;
import java.util.List;

/**
 * The store's side of the renewal run for many tenants in one transaction (no tenant bound): the same renewals as
 * {@link SubscriptionRenewals}, claimed and applied a batch at a time, quota changes and their audit records included.
 */
public interface SubscriptionBatchRenewals {

    /**
     * Locks, in the caller's transaction, the subscriptions of {@code tenants} whose stored period has ended today in
     * their tenant's time zone, skipping those another runner holds and those that cannot be priced; answers their
     * renewals, equal to what {@link SubscriptionRenewals#claimEnded} would.
     */
    List<ClaimedRenewal> claimEnded(Collection<TenantId> tenants);

    /** In the claiming transaction: applies every claimed renewal as {@link SubscriptionRenewals#renew} does. */
    void renewAll(List<ClaimedRenewal> claimed);
}
