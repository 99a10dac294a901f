package io.andes.store.domain.subscription;

import io.andes.core.tenancy.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The bound tenant's subscription and its add-ons. */
public interface SubscriptionRepository {

    Optional<Subscription> find();

    /** The subscription, locked until the transaction ends: purchases of one tenant queue on it. */
    Optional<Subscription> lock();

    /** Adds and writes it; a tenant's second subscription fails with {@link DuplicateSubscriptionException}. */
    void add(Subscription subscription);

    /**
     * Claims the subscription for its renewal when its stored period ended on or before {@code today}: its row is
     * locked until the transaction ends, and a row another transaction holds is skipped (empty), never waited for.
     */
    Optional<Subscription> claimEndedBy(LocalDate today);

    /** Any tenant's subscriptions whose stored period ends on or before {@code latest}: the renewal's candidates. */
    List<TenantId> endingBy(LocalDate latest, int limit);

    List<SubscribedAddOn> addOns();

    Optional<SubscribedAddOn> addOn(String code);

    void add(SubscribedAddOn addOn);
}
