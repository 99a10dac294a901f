package io.andes.store.api;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;

/**
 * Every tenant's subscription for the staff console (platform admins and billing staff only): a read across tenants
 * that shows plan, period and add-ons, never a tenant's other data.
 */
public interface SubscriptionDirectory {

    /** The subscriptions matching {@code search}, soonest renewal first. */
    Page<StoreViews.SubscriptionRow> search(StoreViews.SubscriptionSearch search, PageRequest page);
}
