package io.andes.store.domain.quote;

import io.andes.store.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A priced basket of add-ons for one tenant on one day. Totals are sums of rounded lines; tax is computed on each net
 * total and rounded once. The fingerprint identifies every figure: a purchase is accepted only against the quote the
 * buyer saw.
 */
public record Quote(
        List<QuoteLine> lines,
        BigDecimal taxPercent,
        Money proratedNet,
        Money proratedTax,
        Money recurringNet,
        Money recurringTax,
        String fingerprint) {

    public Quote {
        lines = List.copyOf(lines);
    }

    public Money proratedTotal() {
        return proratedNet.plus(proratedTax);
    }

    public Money recurringTotal() {
        return recurringNet.plus(recurringTax);
    }
}
