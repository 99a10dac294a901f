package io.andes.store.application;

import io.andes.core.api.EntitlementService;
import io.andes.core.api.EntitlementView;
import io.andes.core.api.TenantPlans;
import io.andes.core.api.TenantSummary;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.store.api.StoreSubscriptions;
import io.andes.store.api.StoreViews;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.catalog.CatalogRepository;
import io.andes.store.domain.catalog.Price;
import io.andes.store.domain.catalog.ProductKind;
import io.andes.store.domain.subscription.BillingCycle;
import io.andes.store.domain.subscription.SubscribedAddOn;
import io.andes.store.domain.subscription.Subscription;
import io.andes.store.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bound tenant's subscription as it stands, and lowering an add-on from the next renewal: never below what is in
 * use (no removing user slots while the users exist).
 */
@ApplicationScoped
public class SubscriptionUseCases implements StoreSubscriptions {

    @Inject
    Subscriptions subscriptions;

    @Inject
    SubscriptionRepository addOns;

    @Inject
    CatalogRepository catalog;

    @Inject
    TenantPlans plans;

    @Inject
    EntitlementService entitlements;

    @Inject
    StoreCalendar calendar;

    @Inject
    Transactions transactions;

    @Override
    public StoreViews.Subscription view(boolean english) {
        subscriptions.ensure();
        return transactions.required(() -> present(subscriptions.current(), english));
    }

    /** Sets how many units of an add-on the subscription renews with; the running period keeps what it has. */
    public StoreViews.Subscription renewWith(String product, int quantity, boolean english) {
        subscriptions.ensure();
        return transactions.requiresNew(() -> {
            Subscription subscription = subscriptions.locked();
            AddOn addOn = catalog.addOn(product == null ? "" : product.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> ProblemException.notFound("el producto " + product, "Product " + product));
            SubscribedAddOn held = addOns.addOn(addOn.code()).orElse(null);
            int owned = held == null ? 0 : held.quantity();
            if (quantity > owned) {
                throw ProblemException.invalidField(
                        "quantity",
                        "no puede superar las " + owned + " unidades activas",
                        "Para agregar unidades, cómprelas en la tienda; aquí solo se reducen desde la renovación.",
                        "To add units, buy them in the store; here they are only lowered from the renewal.");
            }
            requireAboveUsage(addOn, owned - quantity);
            if (held != null) {
                held.renewWith(addOn, quantity, calendar.now());
            }
            subscription.touch(calendar.now());
            return present(subscription, english);
        });
    }

    private void requireAboveUsage(AddOn addOn, int removedQuantity) {
        addOn.entitlementType().ifPresent(type -> {
            EntitlementView quota = entitlements.get(type);
            long limitAfter = (long) quota.limit() - (long) removedQuantity * addOn.unitsPerQuantity();
            if (limitAfter < quota.used()) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "No se puede reducir «%s»: el límite quedaría en %d y hay %d en uso. Libere unidades primero."
                                .formatted(addOn.name(false), limitAfter, quota.used()),
                        "\"%s\" cannot be lowered: the limit would be %d with %d in use. Free units first."
                                .formatted(addOn.name(true), limitAfter, quota.used()),
                        Map.of("limitAfter", limitAfter, "used", quota.used()));
            }
        });
    }

    private StoreViews.Subscription present(Subscription subscription, boolean english) {
        TenantSummary tenant = calendar.tenant();
        BillingCycle cycle = subscription.cycleOn(calendar.today(tenant));
        var plan = plans.plan(subscription.planCode());
        BigDecimal planPrice = catalog.price(
                        ProductKind.PLAN,
                        subscription.planCode(),
                        subscription.period(),
                        subscription.currency(),
                        cycle.end())
                .map(Price::amount)
                .map(m -> m.amount())
                .orElse(null);
        List<StoreViews.SubscribedAddOn> held = addOns.addOns().stream()
                .map(a -> new StoreViews.SubscribedAddOn(
                        a.addOnCode(),
                        catalog.addOn(a.addOnCode()).map(x -> x.name(english)).orElse(a.addOnCode()),
                        a.quantity(),
                        a.renewalQuantity()))
                .toList();
        return new StoreViews.Subscription(
                subscription.planCode(),
                plan.map(p -> p.name()).orElse(subscription.planCode()),
                subscription.period().name(),
                subscription.currency().getCurrencyCode(),
                cycle.start(),
                cycle.end().minusDays(1),
                cycle.end(),
                planPrice,
                held,
                entitlements.list().stream().map(e -> e.inLanguage(english)).toList());
    }
}
