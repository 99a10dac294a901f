package io.andes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.domain.tenant.Country;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CountryChoicesTest {

    @Test
    void currencyIsTheCountrysOrDollars() {
        assertThat(CountryChoices.currencies(Country.CO))
                .containsExactly(Currency.getInstance("COP"), Currency.getInstance("USD"));
    }

    @Test
    void everyCountryOffersItsDefaultZoneFirst() {
        for (Country country : Country.values()) {
            assertThat(CountryChoices.zones(country)).first().isEqualTo(country.zone());
            assertThat(CountryChoices.zones(country)).doesNotHaveDuplicates();
        }
    }

    @Test
    void chileOffersItsOtherZones() {
        assertThat(CountryChoices.zones(Country.CL))
                .containsExactly(
                        ZoneId.of("America/Santiago"), ZoneId.of("America/Punta_Arenas"), ZoneId.of("Pacific/Easter"));
    }

    @Test
    void newFormStartsChileanWithPesosAndSantiago() {
        var form = new NewTenantForm();

        assertThat(form.getCountry()).isEqualTo(Country.CL);
        assertThat(form.getCurrency()).isEqualTo("CLP");
        assertThat(form.getTimeZone()).isEqualTo("America/Santiago");
    }

    @Test
    void changingTheCountryPreselectsItsCurrencyAndZone() {
        var form = new NewTenantForm();
        form.setCurrency("USD");
        form.setCountry(Country.MX);

        form.useCountryDefaults();

        assertThat(form.getCurrency()).isEqualTo("MXN");
        assertThat(form.getTimeZone()).isEqualTo("America/Mexico_City");
    }
}
