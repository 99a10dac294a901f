package io.andes.store.application;

import io.andes.core.api.TenantSummary;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.store.api.Renewal;
import io.andes.store.api.SubscriptionEnding;
import io.andes.store.domain.money.TaxRates;
import io.andes.store.domain.order.OrderRepository;
import io.andes.store.domain.order.PendingCharge;
import io.andes.store.domain.subscription.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** A cancellation's end of the subscription: what is pending, then the end itself. */
@ApplicationScoped
public class SubscriptionEnd implements SubscriptionEnding {

    @Inject
    Subscriptions subscriptions;

    @Inject
    OrderRepository orders;

    @Inject
    TaxRates taxes;

    @Inject
    StoreCalendar calendar;

    @Override
    public Ending standing() {
        subscriptions.ensure();
        return ending(subscriptions.current(), pending());
    }

    @Override
    public Ending end(LocalDate effective) {
        subscriptions.ensure();
        Subscription subscription = subscriptions.locked();
        List<PendingCharge> pending = pending();
        if (!subscription.end(effective, calendar.now())) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "La suscripción ya terminó.", "The subscription has already ended.");
        }
        pending.forEach(PendingCharge::invoiced);
        return ending(subscription, pending);
    }

    private List<PendingCharge> pending() {
        return orders.pendingDueBy(LocalDate.of(9999, 12, 31));
    }

    private Ending ending(Subscription subscription, List<PendingCharge> pending) {
        TenantSummary tenant = calendar.tenant();
        return new Ending(
                subscription.id(),
                subscription.currency().getCurrencyCode(),
                tenant.country(),
                taxes.percent(tenant.country()),
                subscription.storedCycle().start(),
                subscription.storedCycle().end(),
                subscription.isEnded(),
                pending.stream()
                        .map(c -> new Renewal.Charge(
                                c.id(), c.description(), c.amount().amount()))
                        .toList());
    }
}
