package io.andes.store.domain.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The bound tenant's orders, their lines and pending charges. */
public interface OrderRepository {

    /** Adds and writes the order; a second order under one idempotency key fails with {@link DuplicateOrderException}. */
    void add(StoreOrder order);

    void add(OrderLine line);

    void add(PendingCharge charge);

    int lastNumber();

    Optional<StoreOrder> find(String id);

    Optional<StoreOrder> find(OrderNumber number);

    Optional<StoreOrder> byIdempotencyKey(String key);

    List<StoreOrder> list(int offset, int limit);

    long count();

    List<OrderLine> lines(StoreOrder order);

    List<PendingCharge> pendingCharges(int offset, int limit);

    long countPendingCharges();

    /** The pending charges a renewal on {@code renewalDate} invoices: those due on or before it, oldest first. */
    List<PendingCharge> pendingDueBy(LocalDate renewalDate);
}
