package io.andes.core.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.andes.core.domain.tenant.InvalidTaxIdException.Reason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdTest {

    static InvalidTaxIdException rejection(Country country, String raw) {
        return catchThrowableOfType(InvalidTaxIdException.class, () -> TaxId.of(country, raw));
    }

    static void assertRejected(Country country, String raw, Reason reason) {
        InvalidTaxIdException e = rejection(country, raw);
        assertThat(e).as("rejection of '%s'", raw).isNotNull();
        assertThat(e.reason()).as("reason for '%s'", raw).isEqualTo(reason);
        assertThat(e.country()).isEqualTo(country);
    }

    /** Every valid value must survive the round trips the rest of the system relies on. */
    static void assertValid(Country country, String raw, String canonical, String formatted) {
        TaxId taxId = TaxId.of(country, raw);
        assertThat(taxId.country()).isEqualTo(country);
        assertThat(taxId.value()).isEqualTo(canonical);
        assertThat(taxId.formatted()).isEqualTo(formatted);
        assertThat(new TaxId(country, canonical)).isEqualTo(taxId);
        assertThat(TaxId.of(country, formatted)).isEqualTo(taxId);
    }

    @Nested
    class ChileRut {

        // Check digits computed independently of the implementation (mod 11, weights 2..7 from the right).
        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "76.086.428-5     | 76086428-5 | 76.086.428-5",
                    "76086428-5       | 76086428-5 | 76.086.428-5",
                    "760864285        | 76086428-5 | 76.086.428-5",
                    "'  76.086.428-5 '| 76086428-5 | 76.086.428-5",
                    "12.345.678-5     | 12345678-5 | 12.345.678-5",
                    "12345678-5       | 12345678-5 | 12.345.678-5",
                    "11.111.111-1     | 11111111-1 | 11.111.111-1",
                    "7.654.321-6      | 7654321-6  | 7.654.321-6",
                    "076.086.428-5    | 76086428-5 | 76.086.428-5",
                    "1-9              | 1-9        | 1-9",
                    "19               | 1-9        | 1-9",
                    "10.000.013-K     | 10000013-K | 10.000.013-K",
                    "10.000.013-k     | 10000013-K | 10.000.013-K",
                    "12345670k        | 12345670-K | 12.345.670-K",
                    "5.126.665-K      | 5126665-K  | 5.126.665-K",
                    "6-k              | 6-K        | 6-K",
                    "23-K             | 23-K       | 23-K",
                    "12.345.675-0     | 12345675-0 | 12.345.675-0",
                    "123456750        | 12345675-0 | 12.345.675-0",
                    "5126673-0        | 5126673-0  | 5.126.673-0",
                    "31-0             | 31-0       | 31-0",
                })
        void validRutIsNormalisedAndFormatted(String raw, String canonical, String formatted) {
            assertValid(Country.CL, raw, canonical, formatted);
        }

        @ParameterizedTest
        @ValueSource(strings = {"76.086.428-4", "76086428-K", "760864280", "12345678-0", "12345670-0", "6-0", "31-K"})
        void rutWithWrongCheckDigitIsRejected(String raw) {
            assertRejected(Country.CL, raw, Reason.WRONG_CHECK_DIGIT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"123.456.789-K", "123456789-0", "1234567890", "99.999.999.999-9"})
        void rutWithBodyLongerThanEightDigitsIsRejected(String raw) {
            assertRejected(Country.CL, raw, Reason.WRONG_LENGTH);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "76.O86.428-5",
                    "A6086428-5",
                    "RUT 76086428-5",
                    "76 086 428-5",
                    "76086428-",
                    "-5",
                    "K",
                    "5",
                    "76086428-55",
                    "76086428--5",
                    "76086428/5",
                    ".76086428-5",
                    "76..086.428-5",
                    "76086428-X",
                    "0-0",
                    "00.000.000-0",
                    "７６０８６４２８-5",
                    "$%&"
                })
        void malformedRutIsRejected(String raw) {
            assertRejected(Country.CL, raw, Reason.MALFORMED);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "   ", "\t\n"})
        void missingRutIsRejectedAsEmpty(String raw) {
            InvalidTaxIdException e = rejection(Country.CL, raw);

            assertThat(e.reason()).isEqualTo(Reason.EMPTY);
            assertThat(e).hasMessage("El RUT no puede estar vacío.");
            assertThat(e.englishMessage()).isEqualTo("The RUT must not be empty.");
        }

        @Test
        void rejectedRutExplainsTheReasonInSpanishAndEnglish() {
            InvalidTaxIdException e = rejection(Country.CL, "76.086.428-4");

            assertThat(e)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("El RUT 76.086.428-4 no es válido: dígito verificador incorrecto.");
            assertThat(e.englishMessage()).isEqualTo("The RUT 76.086.428-4 is not valid: wrong check digit.");
            assertThat(e.country()).isEqualTo(Country.CL);
            assertThat(e.reason()).isEqualTo(Reason.WRONG_CHECK_DIGIT);
        }

        @Test
        void rutWrittenDifferentlyIsTheSameTaxId() {
            assertThat(TaxId.of(Country.CL, "76.086.428-5"))
                    .isEqualTo(TaxId.of(Country.CL, "760864285"))
                    .hasSameHashCodeAs(TaxId.of(Country.CL, " 76086428-5 "));
        }
    }

    @Nested
    class ColombiaNit {

        // Check digits computed independently of the implementation (DIAN weights 3, 7, 13, ... from the right).
        // 800.197.268-4 is DIAN's own NIT; 860.002.964-4 and 899.999.034-1 are commonly cited and pass the algorithm.
        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "800.197.268-4       | 800197268-4  | 800.197.268-4",
                    "800197268-4         | 800197268-4  | 800.197.268-4",
                    "8001972684          | 800197268-4  | 800.197.268-4",
                    "860.002.964-4       | 860002964-4  | 860.002.964-4",
                    "899.999.034-1       | 899999034-1  | 899.999.034-1",
                    "'899 999 034 - 1'   | 899999034-1  | 899.999.034-1",
                    "'  899999034-1  '   | 899999034-1  | 899.999.034-1",
                    "900.123.456-8       | 900123456-8  | 900.123.456-8",
                    "900.123.4568        | 900123456-8  | 900.123.456-8",
                    "'900123456 8'       | 900123456-8  | 900.123.456-8",
                    "900.000.000-5       | 900000000-5  | 900.000.000-5",
                    "123456-3            | 123456-3     | 123.456-3",
                    "100.000-1           | 100000-1     | 100.000-1",
                    "1.234.567.890-2     | 1234567890-2 | 1.234.567.890-2",
                    "9001234567-0        | 9001234567-0 | 9.001.234.567-0",
                    "0900123456-8        | 900123456-8  | 900.123.456-8",
                })
        void validNitIsNormalisedAndFormatted(String raw, String canonical, String formatted) {
            assertValid(Country.CO, raw, canonical, formatted);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"800.197.268-5", "800197268-0", "8001972683", "860.002.964-3", "900123456-7", "123456-4"})
        void nitWithWrongCheckDigitIsRejected(String raw) {
            assertRejected(Country.CO, raw, Reason.WRONG_CHECK_DIGIT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345-8", "12.345-8", "123456", "12345678901-2", "12.345.678.901-2", "00012345-8"})
        void nitWithBodyOutsideSixToTenDigitsIsRejected(String raw) {
            assertRejected(Country.CO, raw, Reason.WRONG_LENGTH);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "800.197.268-",
                    "800-197-268-4",
                    "800.197.268-44",
                    "900.123.456.8",
                    "900123456-K",
                    "NIT 900123456-8",
                    "9OO123456-8",
                    "900,123,456-8",
                    ".900123456-8",
                    "900..123.456-8",
                    "0000000-0",
                    "-8",
                    "#!?"
                })
        void malformedNitIsRejected(String raw) {
            assertRejected(Country.CO, raw, Reason.MALFORMED);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t"})
        void missingNitIsRejectedAsEmpty(String raw) {
            assertRejected(Country.CO, raw, Reason.EMPTY);
        }

        @Test
        void rejectedNitNamesTheNitInTheMessage() {
            InvalidTaxIdException e = rejection(Country.CO, "800.197.268-5");

            assertThat(e).hasMessage("El NIT 800.197.268-5 no es válido: dígito verificador incorrecto.");
            assertThat(e.englishMessage()).isEqualTo("The NIT 800.197.268-5 is not valid: wrong check digit.");
        }
    }

    @Nested
    class MexicoRfc {

        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "XAXX010101000      | XAXX010101000",
                    "XEXX010101000      | XEXX010101000",
                    "GODE561231GR8      | GODE561231GR8",
                    "gode561231gr8      | GODE561231GR8",
                    "'  GODE561231GR8 ' | GODE561231GR8",
                    "GODE-561231-GR8    | GODE561231GR8",
                    "GODE 561231 GR8    | GODE561231GR8",
                    "ABC680524P76       | ABC680524P76",
                    "abc-680524-p76     | ABC680524P76",
                    "ABC 680524P76      | ABC680524P76",
                    "AAA010101AAA       | AAA010101AAA",
                    "ÑAÑ010101AB1       | ÑAÑ010101AB1",
                    "ñañ010101ab1       | ÑAÑ010101AB1",
                    "A&B010101AB1       | A&B010101AB1",
                    "GODE000229GR8      | GODE000229GR8",
                    "GODE040229GR8      | GODE040229GR8",
                    "GODE960229GR8      | GODE960229GR8",
                })
        void validRfcIsNormalisedAndFormattedAsIs(String raw, String canonical) {
            assertValid(Country.MX, raw, canonical, canonical);
        }

        @Test
        void rfcWithDecomposedEnyeIsAccepted() {
            // "N" followed by U+0303 COMBINING TILDE, as some keyboards and PDFs produce it.
            assertThat(TaxId.of(Country.MX, "N\u0303AN\u0303010101AB1").value()).isEqualTo("ÑAÑ010101AB1");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "GODE561331GR8",
                    "GODE560001GR8",
                    "GODE560100GR8",
                    "GODE560132GR8",
                    "GODE560230GR8",
                    "GODE010229GR8",
                    "ABC680431P76",
                    "ABC990631P76",
                    "ABC991131P76"
                })
        void rfcWithNonExistentDateIsRejected(String raw) {
            assertRejected(Country.MX, raw, Reason.INVALID_DATE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ABC68052P76", "GODE5612311GR8", "AB680524P7", "GODE561231G", "XAXX0101010001", "A"})
        void rfcWithWrongLengthIsRejected(String raw) {
            assertRejected(Country.MX, raw, Reason.WRONG_LENGTH);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "1BC680524P76",
                    "ABCD68052AP76",
                    "ABC680524P7B",
                    "GODE561231GRÑ",
                    "GODE561231GR",
                    "ABC_680524P76",
                    "ABC68-0524P76",
                    "ABC--680524P76",
                    "GODE.561231.GR8",
                    "ABC680524P7É",
                    "123456789012"
                })
        void malformedRfcIsRejected(String raw) {
            assertRejected(Country.MX, raw, Reason.MALFORMED);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void missingRfcIsRejectedAsEmpty(String raw) {
            assertRejected(Country.MX, raw, Reason.EMPTY);
        }

        @Test
        void rejectedRfcExplainsTheBadDate() {
            InvalidTaxIdException e = rejection(Country.MX, "GODE-560230-GR8");

            assertThat(e).hasMessage("El RFC GODE-560230-GR8 no es válido: la fecha no existe.");
            assertThat(e.englishMessage()).isEqualTo("The RFC GODE-560230-GR8 is not valid: the date does not exist.");
        }
    }
}
