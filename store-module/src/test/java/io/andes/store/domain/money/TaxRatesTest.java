package io.andes.store.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxRatesTest {

    private final TaxRates defaults = new TaxRates(TaxRates.DEFAULTS);

    @Test
    void ivaByBillingCountry() {
        assertThat(defaults.taxOn(Money.of("10000", "CLP"), "CL")).isEqualTo(Money.of("1900", "CLP"));
        assertThat(defaults.taxOn(Money.of("21000.00", "COP"), "CO")).isEqualTo(Money.of("3990.00", "COP"));
        assertThat(defaults.taxOn(Money.of("308.13", "MXN"), "MX")).isEqualTo(Money.of("49.30", "MXN"));
    }

    @Test
    void anotherCountryPaysNoTax() {
        assertThat(defaults.taxOn(Money.of("100.00", "USD"), "US")).isEqualTo(Money.of("0.00", "USD"));
        assertThat(defaults.percent(null)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void ratesAreConfigurable() {
        TaxRates configured = new TaxRates(Map.of("CL", new BigDecimal("10.5")));
        assertThat(configured.taxOn(Money.of("1001", "CLP"), "cl")).isEqualTo(Money.of("105", "CLP")); // 105.105
    }

    @Test
    void aRateOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> new TaxRates(Map.of("CL", new BigDecimal("-1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaxRates(Map.of("CL", new BigDecimal("101"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
