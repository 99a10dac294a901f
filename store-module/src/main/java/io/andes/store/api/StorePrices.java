package io.andes.store.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalog's prices for platform staff. A price is never edited: a change is a new price from a date, which each
 * subscription meets at its first renewal on or after that date; issued invoices keep theirs.
 */
public interface StorePrices {

    /** Every plan and add-on price in force today (UTC) per period and currency, and those scheduled after it. */
    List<StoreViews.CatalogPrice> prices(boolean english);

    /** Sets a new price from {@code validFrom} (today at the earliest); a bad field is a validation problem. */
    StoreViews.CatalogPrice change(
            String kind,
            String product,
            String billingPeriod,
            String currency,
            BigDecimal amount,
            LocalDate validFrom,
            boolean english);
}
