package io.andes.store.domain.subscription;

import java.util.List;
import java.util.Optional;

/** The bound tenant's subscription and its add-ons. */
public interface SubscriptionRepository {

    Optional<Subscription> find();

    /** The subscription, locked until the transaction ends: purchases of one tenant queue on it. */
    Optional<Subscription> lock();

    /** Adds and writes it; a tenant's second subscription fails with {@link DuplicateSubscriptionException}. */
    void add(Subscription subscription);

    List<SubscribedAddOn> addOns();

    Optional<SubscribedAddOn> addOn(String code);

    void add(SubscribedAddOn addOn);
}
