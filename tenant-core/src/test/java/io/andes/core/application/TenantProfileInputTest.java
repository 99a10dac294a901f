package io.andes.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantProfileInputTest {

    private static TenantProfileInput chilean(String currency, String timeZone) {
        return new TenantProfileInput("acme", " ACME SpA ", "cl", "76.086.428-5", currency, timeZone);
    }

    @Test
    void blankCurrencyAndZoneAreTheCountrys() {
        var profile = chilean(" ", null).toProfile();

        assertThat(profile.currency()).isEqualTo(Currency.getInstance("CLP"));
        assertThat(profile.zone()).isEqualTo(ZoneId.of("America/Santiago"));
        assertThat(profile.taxId().value()).isEqualTo("76086428-5");
        assertThat(profile.legalName()).isEqualTo("ACME SpA");
    }

    @Test
    void dollarsAndAnotherZoneMayBeChosen() {
        var profile = chilean("USD", "Pacific/Easter").toProfile();

        assertThat(profile.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(profile.zone()).isEqualTo(ZoneId.of("Pacific/Easter"));
    }

    @Test
    void anotherCountrysCurrencyIsRefusedOnTheCurrencyField() {
        assertThat(fieldOf(chilean("MXN", null))).isEqualTo("currency");
    }

    @Test
    void taxIdIsValidatedForTheCountry() {
        var input = new TenantProfileInput("acme", "ACME", "CO", "76.086.428-5", null, null);

        assertThatThrownBy(input::toProfile)
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.detail(false)).contains("NIT"));
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertThat(fieldOf(new TenantProfileInput("A", "ACME", "CL", "76086428-5", null, null)))
                .isEqualTo("code");
        assertThat(fieldOf(new TenantProfileInput("acme", " ", "CL", "76086428-5", null, null)))
                .isEqualTo("legalName");
        assertThat(fieldOf(new TenantProfileInput("acme", "ACME", "AR", "76086428-5", null, null)))
                .isEqualTo("country");
        assertThat(fieldOf(new TenantProfileInput("acme", "ACME", "CL", "76086428-4", null, null)))
                .isEqualTo("taxId");
        assertThat(fieldOf(chilean("pesos", null))).isEqualTo("currency");
        assertThat(fieldOf(chilean(null, "Mars/Olympus"))).isEqualTo("timeZone");
    }

    @SuppressWarnings("unchecked")
    private static String fieldOf(TenantProfileInput input) {
        try {
            input.toProfile();
        } catch (ProblemException e) {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            var errors = (List<Map<String, Object>>) e.extensions().get("errors");
            return (String) errors.get(0).get("field");
        }
        throw new AssertionError("accepted " + input);
    }
}
