package io.andes.core.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.tenancy.TenantId;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantProfileTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TaxId CHILEAN_RUT = TaxId.of(Country.CL, "76.086.428-5");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private static TaxId taxIdOf(Country country) {
        return switch (country) {
            case CL -> CHILEAN_RUT;
            case CO -> TaxId.of(Country.CO, "800.197.268-4");
            case MX -> TaxId.of(Country.MX, "GODE561231GR8");
        };
    }

    private static TenantProfile chileanProfile(String legalName, String currency) {
        return new TenantProfile(ACME, legalName, CHILEAN_RUT, Currency.getInstance(currency), SANTIAGO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLP", "USD"})
    void chileanTenantBillsInPesosOrDollars(String currency) {
        TenantProfile profile = chileanProfile("Acme SpA", currency);

        assertThat(profile.currency()).isEqualTo(Currency.getInstance(currency));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COP", "MXN", "EUR", "CLF"})
    void chileanTenantCannotBillInAnotherCurrency(String currency) {
        assertThatThrownBy(() -> chileanProfile("Acme SpA", currency))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currency");
    }

    @ParameterizedTest
    @CsvSource({
        "CL, CLP, true",
        "CL, USD, true",
        "CL, COP, false",
        "CO, COP, true",
        "CO, USD, true",
        "CO, CLP, false",
        "CO, MXN, false",
        "MX, MXN, true",
        "MX, USD, true",
        "MX, CLP, false",
        "MX, COP, false",
    })
    void tenantBillsInItsCountrysCurrencyOrInDollars(Country country, String currency, boolean accepted) {
        Currency billing = Currency.getInstance(currency);

        if (accepted) {
            assertThat(new TenantProfile(ACME, "Acme", taxIdOf(country), billing, country.zone()).currency())
                    .isEqualTo(billing);
        } else {
            assertThatThrownBy(() -> new TenantProfile(ACME, "Acme", taxIdOf(country), billing, country.zone()))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void profileWithoutCurrencyIsRefused() {
        assertThatThrownBy(() -> new TenantProfile(ACME, "Acme SpA", CHILEAN_RUT, null, SANTIAGO))
                .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t\n", "\u2003"})
    void blankLegalNameIsRefused(String legalName) {
        assertThatThrownBy(() -> chileanProfile(legalName, "CLP"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("legal name");
    }

    @Test
    void legalNameOfTwoHundredCharactersIsAccepted() {
        String name = "A".repeat(200);

        assertThat(chileanProfile(name, "CLP").legalName()).isEqualTo(name);
    }

    @Test
    void legalNameLongerThanTwoHundredCharactersIsRefused() {
        assertThatThrownBy(() -> chileanProfile("A".repeat(201), "CLP"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("legal name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Acme SpA  ", "Acme SpA\n", "\tAcme SpA", "\u2003Acme SpA"})
    void legalNameIsStripped(String legalName) {
        assertThat(chileanProfile(legalName, "CLP").legalName()).isEqualTo("Acme SpA");
    }

    @Test
    void innerSpacesOfTheLegalNameAreKept() {
        assertThat(chileanProfile("Ferretería  Los Andes", "CLP").legalName()).isEqualTo("Ferretería  Los Andes");
    }

    @Test
    void profileWithoutIdTaxIdOrZoneIsRefused() {
        Currency clp = Currency.getInstance("CLP");

        assertThatThrownBy(() -> new TenantProfile(null, "Acme", CHILEAN_RUT, clp, SANTIAGO))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TenantProfile(ACME, "Acme", null, clp, SANTIAGO))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TenantProfile(ACME, "Acme", CHILEAN_RUT, clp, null))
                .isInstanceOf(NullPointerException.class);
    }
}
