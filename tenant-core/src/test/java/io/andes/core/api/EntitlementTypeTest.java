package io.andes.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EntitlementTypeTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "DTE_DOCUMENTS    | DTE_DOCUMENTS",
                "dte_documents    | DTE_DOCUMENTS",
                "dte-documents    | DTE_DOCUMENTS",
                "Dte-Documents    | DTE_DOCUMENTS",
                "' Users '        | USERS",
                "users            | USERS",
                "WORKERS          | WORKERS",
                "legal-entities   | LEGAL_ENTITIES",
                "'\tLEGAL_ENTITIES\n' | LEGAL_ENTITIES",
            })
    void parseAcceptsTheNameInAnyCaseWithHyphensOrUnderscores(String text, EntitlementType expected) {
        assertThat(EntitlementType.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @EnumSource(EntitlementType.class)
    void everyTypeParsesFromItsNameAndItsLowerCaseHyphenatedForm(EntitlementType type) {
        String hyphenated = type.name().toLowerCase(Locale.ROOT).replace('_', '-');

        assertThat(EntitlementType.parse(type.name())).contains(type);
        assertThat(EntitlementType.parse(hyphenated)).contains(type);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {" ", "FOO", "DTE DOCUMENTS", "DTE", "DTE_DOCUMENTS_X", "user", "dte.documents", "USERS,WORKERS"})
    void parseRefusesAnythingThatIsNotAType(String text) {
        assertThat(EntitlementType.parse(text)).isEmpty();
    }

    @Test
    void parseDoesNotDependOnTheDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            // In Turkish, "i".toUpperCase() is a dotted capital İ, which would not match LEGAL_ENTITIES.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(EntitlementType.parse("legal-entities")).contains(EntitlementType.LEGAL_ENTITIES);
        } finally {
            Locale.setDefault(previous);
        }
    }

    @ParameterizedTest
    @EnumSource(EntitlementType.class)
    void onlyDteDocumentsAreCountedPerMonth(EntitlementType type) {
        assertThat(type.monthly()).isEqualTo(type == EntitlementType.DTE_DOCUMENTS);
    }

    @ParameterizedTest
    @EnumSource(EntitlementType.class)
    void everyTypeHasASpanishAndAnEnglishName(EntitlementType type) {
        assertThat(type.displayName(false)).isNotBlank();
        assertThat(type.displayName(true)).isNotBlank().isNotEqualTo(type.displayName(false));
    }
}
