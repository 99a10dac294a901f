package io.andes.store.application;

import io.andes.store.api.PaidOrders;
import io.andes.store.domain.catalog.CatalogRepository;
import io.andes.store.domain.order.OrderLine;
import io.andes.store.domain.order.OrderNumber;
import io.andes.store.domain.order.OrderRepository;
import io.andes.store.domain.order.StoreOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** A paid PAY_NOW order is activated in billing's transaction: its add-ons and quotas rise, once. */
@ApplicationScoped
public class OrderActivation implements PaidOrders {

    @Inject
    Subscriptions subscriptions;

    @Inject
    OrderRepository orders;

    @Inject
    CatalogRepository catalog;

    @Inject
    AddOnActivation activation;

    @Inject
    StoreCalendar calendar;

    @Override
    public Optional<String> idOf(String number) {
        return orders.find(OrderNumber.parse(number)).map(StoreOrder::id);
    }

    @Override
    public void activatePaid(String orderId) {
        subscriptions.locked(); // purchases of one tenant queue on its subscription
        StoreOrder order = orders.find(orderId)
                .orElseThrow(() -> new IllegalStateException("Paid order " + orderId + " does not exist"));
        Instant now = calendar.now();
        if (!order.activate(now)) {
            return;
        }
        for (OrderLine line : orders.lines(order)) {
            activation.activate(catalog.addOn(line.addOnCode()).orElseThrow(), line.quantity(), order, now);
        }
    }
}
