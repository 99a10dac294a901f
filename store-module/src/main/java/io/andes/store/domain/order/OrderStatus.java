package io.andes.store.domain.order;

/** Where an order stands. */
public enum OrderStatus {
    PENDING_PAYMENT,
    ACTIVATED,
    CANCELLED
}
