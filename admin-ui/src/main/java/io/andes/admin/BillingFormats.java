package io.andes.admin;

import io.andes.core.web.LanguageSelection;
import io.andes.core.web.TenantFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;

/**
 * How billing figures read on the console: a tenant's amounts and dates with its country's conventions in the page's
 * language; a catalog price with those of the country that uses its currency.
 */
@Named("billingFormats")
@ApplicationScoped
public class BillingFormats {

    private static final Map<String, String> COUNTRY_OF_CURRENCY =
            Map.of("CLP", "CL", "COP", "CO", "MXN", "MX", "USD", "US");

    @Inject
    LanguageSelection language;

    public TenantFormats of(String country, String zone) {
        return TenantFormats.of(language, country, zone == null ? ZoneOffset.UTC : ZoneId.of(zone));
    }

    public String money(BigDecimal amount, String currency, String country) {
        return currency == null ? "" : of(country, null).money(amount, Currency.getInstance(currency));
    }

    /** A catalog price, written as the country whose currency it is writes it. */
    public String price(BigDecimal amount, String currency) {
        return money(amount, currency, COUNTRY_OF_CURRENCY.get(currency));
    }

    public String date(LocalDate date, String country) {
        return of(country, null).date(date);
    }
}
