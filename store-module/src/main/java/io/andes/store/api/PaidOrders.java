package io.andes.store.api;

import java.util.Optional;

/** Billing tells the store that a PAY_NOW order's invoice is paid: the order is activated (quotas raised) once. */
public interface PaidOrders {

    /** The id of the bound tenant's order numbered {@code number} ({@code O-000001}); empty when there is none. */
    Optional<String> idOf(String number);

    /** Activates the bound tenant's pending order {@code orderId}; an order already activated is left as it is. */
    void activatePaid(String orderId);
}
