package io.andes.store.application;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.store.api.StoreViews;
import io.andes.store.domain.order.OrderNumber;
import io.andes.store.domain.order.OrderRepository;
import io.andes.store.domain.order.StoreOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The bound tenant's order history, one order by id or number, and the charges pending for the next renewal. */
@ApplicationScoped
public class OrderQueries {

    @Inject
    OrderRepository orders;

    @Inject
    StorePresenter presenter;

    @Transactional
    public Page<StoreViews.OrderSummary> list(PageRequest page) {
        return new Page<>(
                orders.list(page.offset(), page.size()).stream()
                        .map(presenter::summary)
                        .toList(),
                page.page(),
                page.size(),
                orders.count());
    }

    @Transactional
    public StoreViews.Order view(String idOrNumber, boolean english) {
        StoreOrder order = (OrderNumber.looksLikeNumber(idOrNumber)
                        ? orders.find(OrderNumber.parse(idOrNumber))
                        : orders.find(idOrNumber == null ? "" : idOrNumber.strip()))
                .orElseThrow(() -> ProblemException.notFound("la orden " + idOrNumber, "Order " + idOrNumber));
        return presenter.order(order, orders.lines(order), english);
    }

    @Transactional
    public Page<StoreViews.PendingCharge> pendingCharges(PageRequest page) {
        return new Page<>(
                orders.pendingCharges(page.offset(), page.size()).stream()
                        .map(presenter::charge)
                        .toList(),
                page.page(),
                page.size(),
                orders.countPendingCharges());
    }
}
