package io.andes.store.domain.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * IVA by the tenant's billing country (CL 19 %, CO 19 %, MX 16 % unless configured otherwise; any other country 0 %).
 * Tax is computed on the net total of a document and rounded once.
 */
public final class TaxRates {

    public static final Map<String, BigDecimal> DEFAULTS =
            Map.of("CL", new BigDecimal("19"), "CO", new BigDecimal("19"), "MX", new BigDecimal("16"));

    private final Map<String, BigDecimal> percentByCountry;

    public TaxRates(Map<String, BigDecimal> percentByCountry) {
        percentByCountry.values().forEach(TaxRates::requireValid);
        this.percentByCountry = Map.copyOf(percentByCountry);
    }

    public BigDecimal percent(String country) {
        return country == null
                ? BigDecimal.ZERO
                : percentByCountry.getOrDefault(country.toUpperCase(Locale.ROOT), BigDecimal.ZERO);
    }

    /** The tax on {@code net} in {@code country}, rounded once to the minor unit. */
    public Money taxOn(Money net, String country) {
        return net.percent(percent(country));
    }

    private static void requireValid(BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalArgumentException("A tax rate is between 0 and 100 percent: " + percent);
        }
    }
}
