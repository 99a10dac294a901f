package io.andes.store.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * What each add-on costs a tenant per period, in its currency, with its tax rate: enough to total a list of quantities
 * the way invoices do (lines are whole quantities of minor-unit prices, tax on the net rounded once).
 */
public record PriceSheet(String currency, String billingPeriod, BigDecimal taxPercent, Map<String, BigDecimal> prices) {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    public PriceSheet {
        prices = Map.copyOf(prices);
    }

    /** The price of {@code quantity} of {@code product} per period; zero for an unknown product or no quantity. */
    public BigDecimal line(String product, Integer quantity) {
        BigDecimal price = product == null ? null : prices.get(product);
        return price == null || quantity == null ? BigDecimal.ZERO : price.multiply(BigDecimal.valueOf(quantity));
    }

    /** Net, tax and total of the given lines' amounts. */
    public StoreViews.Totals totals(Iterable<BigDecimal> lines) {
        BigDecimal net = BigDecimal.ZERO;
        for (BigDecimal line : lines) {
            net = net.add(line);
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal tax = net.multiply(taxPercent).divide(HUNDRED, digits, RoundingMode.HALF_UP);
        return new StoreViews.Totals(
                net.setScale(digits, RoundingMode.HALF_UP), tax, net.add(tax).setScale(digits, RoundingMode.HALF_UP));
    }

    /** The same sheet keyed by other product codes: {@code codes} maps each new code to a code of this sheet. */
    public PriceSheet rekeyed(Map<String, String> codes) {
        Map<String, BigDecimal> rekeyed = new HashMap<>();
        codes.forEach((code, own) -> {
            if (prices.containsKey(own)) {
                rekeyed.put(code, prices.get(own));
            }
        });
        return new PriceSheet(currency, billingPeriod, taxPercent, rekeyed);
    }
}
