package io.andes.store.api;

/** The bound tenant's prices of the add-ons on sale, for the running period, in its currency. */
public interface StoreCatalog {

    PriceSheet priceSheet();
}
