package io.andes.store.api;

/** The bound tenant's subscription as the account page shows it: plan, period, add-ons and quotas with usage. */
public interface StoreSubscriptions {

    StoreViews.Subscription view(boolean english);
}
