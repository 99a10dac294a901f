package io.andes.store.application;

import io.andes.core.api.TenantPlans;
import io.andes.core.api.TenantSummary;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.subscription.DuplicateSubscriptionException;
import io.andes.store.domain.subscription.Subscription;
import io.andes.store.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The bound tenant's subscription. A tenant that has none yet (no tenant-creation hook exists) gets one on first use:
 * its plan, monthly, its currency, the first period starting today in its time zone.
 */
@ApplicationScoped
public class Subscriptions {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    TenantPlans plans;

    @Inject
    StoreCalendar calendar;

    @Inject
    Transactions transactions;

    /** Creates the subscription in a transaction of its own if it is missing; call before the use case's own. */
    public void ensure() {
        if (transactions.requiresNew(() -> subscriptions.find().isPresent())) {
            return;
        }
        try {
            transactions.requiresNew(() -> {
                TenantSummary tenant = calendar.tenant();
                String plan = plans.planOf(tenant.id())
                        .orElseThrow(() -> ProblemException.notFound("el plan", "The plan"))
                        .code();
                subscriptions.add(new Subscription(
                        plan, BillingPeriod.MONTHLY, tenant.currency(), calendar.today(tenant), calendar.now()));
                return null;
            });
        } catch (DuplicateSubscriptionException e) {
            // a concurrent first use created it: that one is the tenant's subscription
        }
    }

    /** The subscription, in the caller's transaction; {@link #ensure()} must have run. */
    public Subscription current() {
        return subscriptions.find().orElseThrow(Subscriptions::missing);
    }

    /** The subscription locked until the caller's transaction ends; {@link #ensure()} must have run. */
    public Subscription locked() {
        return subscriptions.lock().orElseThrow(Subscriptions::missing);
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("The subscription was ensured before");
    }
}
