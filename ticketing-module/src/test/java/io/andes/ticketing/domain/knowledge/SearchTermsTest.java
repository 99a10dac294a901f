package io.andes.ticketing.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void topicWordsBecomeOptionalPrefixTermsWithoutAccentsOrPlurals() {
        assertThat(SearchTerms.of("No puedo emitir facturas: error de certificado"))
                .hasValue("certificado* emitir* error* factura* puedo*");
        assertThat(SearchTerms.of("Liquidación")).hasValue("liquidacion*");
    }

    @Test
    void fullTextOperatorsTypedByTheUserNeverReachTheQuery() {
        assertThat(SearchTerms.of("+folios -caf \"agotados\" (dte)* ~x <y> @3")).hasValue("agotado* caf* dte* folio*");
    }

    @Test
    void textWithoutWordsWorthSearchingGivesNoQuery() {
        assertThat(SearchTerms.of("de la")).isEmpty();
        assertThat(SearchTerms.of("ab")).isEmpty();
        assertThat(SearchTerms.of(null)).isEmpty();
    }

    @Test
    void aLongTextIsCutToAFewWords() {
        String many = "alfa beta gamma delta epsilon zeta eta theta iota kappa lambda omicron sigma tau";

        assertThat(SearchTerms.of(many).orElseThrow().split(" ")).hasSize(SearchTerms.MAX_WORDS);
    }
}
