package io.andes.store.api;

import java.math.BigDecimal;

/**
 * One-off services of the catalog (a price of kind SERVICE, e.g. {@code urgent-support}), charged once on the bound
 * tenant's next renewal invoice as a pending charge, like the prorations of the store's orders. In the caller's
 * transaction.
 */
public interface OneOffCharges {

    /** The service's price for the bound tenant today, net, in its subscription's currency; 409 when it has none. */
    BigDecimal price(String productCode);

    /**
     * Adds the service's price as a pending charge of the next renewal; {@code sourceRef} names what it pays for and
     * is charged once.
     */
    Renewal.Charge addToRenewal(String productCode, String sourceRef, String description);
}
