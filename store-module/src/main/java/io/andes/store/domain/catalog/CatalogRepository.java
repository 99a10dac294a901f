package io.andes.store.domain.catalog;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The catalog, shared by every tenant. */
public interface CatalogRepository {

    List<AddOn> addOns();

    Optional<AddOn> addOn(String code);

    /** The price in force for a period that starts on {@code periodStart}: the latest valid on that date. */
    Optional<Price> price(
            ProductKind kind, String code, BillingPeriod period, Currency currency, LocalDate periodStart);

    /** Every price row, oldest first (a renewal batch prices from memory with them). */
    List<Price> prices();

    /** Adds a price row; a second row for the same product, period, currency and date is refused. */
    void add(Price price);
}
