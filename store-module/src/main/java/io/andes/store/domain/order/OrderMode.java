package io.andes.store.domain.order;

/** How an order is paid: on the next renewal invoice (activated at once), or online now (activated once paid). */
public enum OrderMode {
    RENEWAL,
    PAY_NOW;

    /** The status an order of this mode starts in. */
    public OrderStatus initialStatus() {
        return this == RENEWAL ? OrderStatus.ACTIVATED : OrderStatus.PENDING_PAYMENT;
    }
}
