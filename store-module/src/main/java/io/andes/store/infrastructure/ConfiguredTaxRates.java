package io.andes.store.infrastructure;

import io.andes.store.domain.money.TaxRates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The tax rates from MicroProfile Config: {@code andes.tax.percent.CL} and so on (environment
 * {@code ANDES_TAX_PERCENT_CL}), the DESIGN.md rates when not set.
 */
@ApplicationScoped
class ConfiguredTaxRates {

    static final String PREFIX = "andes.tax.percent.";

    @Produces
    TaxRates taxRates() {
        Config config = ConfigProvider.getConfig();
        Map<String, BigDecimal> rates = new HashMap<>(TaxRates.DEFAULTS);
        for (String country : TaxRates.DEFAULTS.keySet()) {
            config.getOptionalValue(PREFIX + country, String.class)
                    .map(BigDecimal::new)
                    .ifPresent(v -> rates.put(country, v));
        }
        return new TaxRates(rates);
    }
}
