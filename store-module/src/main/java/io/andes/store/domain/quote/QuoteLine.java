package io.andes.store.domain.quote;

import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.money.Money;
import io.andes.store.domain.money.Proration;

/** One priced line: the prorated amount for the rest of the period and the recurring amount per period after it. */
public record QuoteLine(
        AddOn addOn,
        int quantity,
        Money unitPrice,
        Money renewalUnitPrice,
        Proration proration,
        Money prorated,
        Money recurring) {

    /** "3 × Usuario adicional, 14/31 días del 18-03-2026 al 31-03-2026". */
    public String describe(boolean english) {
        return quantity + " × " + addOn.name(english) + ", " + proration.describe(english);
    }
}
