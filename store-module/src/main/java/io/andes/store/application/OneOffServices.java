package io.andes.store.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.store.api.OneOffCharges;
import io.andes.store.api.Renewal;
import io.andes.store.domain.catalog.CatalogRepository;
import io.andes.store.domain.catalog.Price;
import io.andes.store.domain.catalog.ProductKind;
import io.andes.store.domain.money.Money;
import io.andes.store.domain.order.OrderRepository;
import io.andes.store.domain.order.PendingCharge;
import io.andes.store.domain.subscription.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;

/** One-off services charged on the next renewal invoice, at the catalog price in force today. */
@ApplicationScoped
public class OneOffServices implements OneOffCharges {

    @Inject
    Subscriptions subscriptions;

    @Inject
    CatalogRepository catalog;

    @Inject
    OrderRepository orders;

    @Inject
    StoreCalendar calendar;

    @Override
    public BigDecimal price(String productCode) {
        subscriptions.ensure();
        return priceOf(productCode, subscriptions.current()).amount();
    }

    @Override
    public Renewal.Charge addToRenewal(String productCode, String sourceRef, String description) {
        subscriptions.ensure();
        Subscription subscription = subscriptions.locked();
        PendingCharge charge = new PendingCharge(
                sourceRef,
                description,
                priceOf(productCode, subscription),
                subscription.storedCycle().end(),
                calendar.now());
        orders.add(charge);
        return new Renewal.Charge(
                charge.id(), charge.description(), charge.amount().amount());
    }

    private Money priceOf(String code, Subscription subscription) {
        return catalog.price(
                        ProductKind.SERVICE,
                        code,
                        subscription.period(),
                        subscription.currency(),
                        calendar.today(calendar.tenant()))
                .map(Price::amount)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.CONFLICT,
                        "«" + code + "» no tiene precio en " + subscription.currency() + "; no se vende.",
                        "\"" + code + "\" has no price in " + subscription.currency() + "; not on sale.",
                        Map.of("product", code)));
    }
}
