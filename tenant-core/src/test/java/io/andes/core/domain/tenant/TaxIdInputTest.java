package io.andes.core.domain.tenant;

import static io.andes.core.domain.tenant.TaxIdTest.assertRejected;
import static io.andes.core.domain.tenant.TaxIdTest.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.domain.tenant.InvalidTaxIdException.Reason;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tax-id input rules common to every country, and country codes. */
class TaxIdInputTest {

    @Nested
    class AnyCountry {

        @ParameterizedTest
        @ValueSource(strings = {"76086428-5", "", "anything"})
        void missingCountryIsRejectedAsEmptyWithGenericMessage(String raw) {
            InvalidTaxIdException e = rejection(null, raw);

            assertThat(e.reason()).isEqualTo(Reason.EMPTY);
            assertThat(e.country()).isNull();
            assertThat(e).hasMessage("Debe indicarse el país del identificador tributario.");
            assertThat(e.englishMessage()).isEqualTo("The country of the tax id must be given.");
        }

        @Test
        void constructorWithoutCountryIsRejectedAsEmpty() {
            assertThatThrownBy(() -> new TaxId(null, "76086428-5"))
                    .isInstanceOfSatisfying(InvalidTaxIdException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.EMPTY));
        }

        @ParameterizedTest
        @EnumSource(Country.class)
        void constructorWithNullValueIsRejectedAsEmpty(Country country) {
            assertThatThrownBy(() -> new TaxId(country, null))
                    .isInstanceOfSatisfying(InvalidTaxIdException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.EMPTY));
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "CL | 76086428-5    | 76.086.428-5",
                    "CL | 12345670-K    | 12345670-k",
                    "CO | 800197268-4   | 8001972684",
                    "MX | GODE561231GR8 | gode561231gr8",
                    "MX | ABC680524P76  | ABC-680524-P76",
                })
        void constructorAcceptsCanonicalValueButNotOtherValidSpellings(
                Country country, String canonical, String otherSpelling) {
            assertThat(new TaxId(country, canonical).value()).isEqualTo(canonical);

            assertThatThrownBy(() -> new TaxId(country, otherSpelling))
                    .isInstanceOfSatisfying(InvalidTaxIdException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
                        assertThat(e.getMessage()).endsWith("no está en forma canónica.");
                    });
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "CL | 76086428-4    | WRONG_CHECK_DIGIT",
                    "CO | 800197268-5   | WRONG_CHECK_DIGIT",
                    "MX | GODE560230GR8 | INVALID_DATE",
                    "CL | ''            | EMPTY",
                })
        void constructorRejectsInvalidValueWithTheSameReasonAsOf(Country country, String value, Reason reason) {
            assertThatThrownBy(() -> new TaxId(country, value))
                    .isInstanceOfSatisfying(InvalidTaxIdException.class, e -> assertThat(e.reason())
                            .isEqualTo(reason));
        }

        @Test
        void sameDigitsInDifferentCountriesAreDifferentTaxIds() {
            // 76086428-5 happens to be invalid as a NIT; 800197268-4 is only checked as a NIT here.
            assertThat(TaxId.of(Country.CO, "800197268-4")).isNotEqualTo(TaxId.of(Country.CL, "76086428-5"));
            assertRejected(Country.CO, "76086428-5", Reason.WRONG_CHECK_DIGIT);
        }

        @Test
        void hugeInputIsRejectedAndEchoedTruncated() {
            String raw = "7".repeat(10_000) + "-5";

            InvalidTaxIdException e = rejection(Country.CL, raw);

            assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH);
            assertThat(e.getMessage()).hasSizeLessThan(100).contains("…");
        }

        @Test
        void controlCharactersAreNotEchoedInTheMessage() {
            InvalidTaxIdException e = rejection(Country.CL, "7608\n6428-5");

            assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
            assertThat(e.getMessage()).doesNotContain("\n").contains("7608?6428-5");
        }
    }

    @Nested
    class CountryCodes {

        @ParameterizedTest
        @CsvSource({"CL, CL", "cl, CL", "Cl, CL", "cL, CL", "CO, CO", "co, CO", "MX, MX", "mx, MX"})
        void countryIsFoundByCodeIgnoringCase(String code, Country expected) {
            assertThat(Country.fromCode(code)).isEqualTo(expected);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "PE", "AR", "CHL", "C", "c l", " cl", "cl ", "Chile", "ＣＬ"})
        void unknownCountryCodeIsRejected(String code) {
            assertThatThrownBy(() -> Country.fromCode(code))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected one of CL, CO, MX");
        }

        @Test
        void countryCodeLookupDoesNotDependOnTheDefaultLocale() {
            Locale previous = Locale.getDefault();
            try {
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                assertThat(Country.fromCode("mx")).isEqualTo(Country.MX);
                // In Turkish, "i".toUpperCase() is a dotted capital İ, which would make this RFC malformed.
                assertThat(TaxId.of(Country.MX, "ibm680524p76").value()).isEqualTo("IBM680524P76");
            } finally {
                Locale.setDefault(previous);
            }
        }

        @ParameterizedTest
        @CsvSource({
            "CL, CLP, America/Santiago,    es-CL, RUT",
            "CO, COP, America/Bogota,      es-CO, NIT",
            "MX, MXN, America/Mexico_City, es-MX, RFC",
        })
        void countryCarriesItsDefaults(Country country, String currency, String zone, String locale, String taxIdName) {
            assertThat(country.currency()).isEqualTo(Currency.getInstance(currency));
            assertThat(country.zone()).isEqualTo(ZoneId.of(zone));
            assertThat(country.locale()).isEqualTo(Locale.forLanguageTag(locale));
            assertThat(country.locale().getLanguage()).isEqualTo("es");
            assertThat(country.taxIdName()).isEqualTo(taxIdName);
        }
    }
}
