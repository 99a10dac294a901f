package io.andes.ticketing.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SubjectSimilarityTest {

    private final SubjectSimilarity similarity = SubjectSimilarity.standard();

    @Test
    void caseAccentsPunctuationAndStopWordsDoNotMatter() {
        assertThat(SubjectSimilarity.topicWords("¡No puedo IMPRIMIR la factura electrónica!"))
                .containsExactlyInAnyOrder("puedo", "imprimir", "factura", "electronica");
        assertThat(SubjectSimilarity.score("Error al imprimir la factura", "error: imprimir factura"))
                .isEqualTo(1.0);
    }

    @Test
    void theScoreIsSharedTopicWordsOverAllTopicWords() {
        // {imprimir, factura, electronica} vs {imprimir, factura, boleta}: 2 shared of 4.
        assertThat(SubjectSimilarity.score("Imprimir factura electrónica", "Imprimir factura o boleta"))
                .isCloseTo(0.5, within(1e-9));
    }

    @Test
    void verySimilarStartsAtSixtyPercentByDefault() {
        assertThat(similarity.verySimilar("Error impresora oficina central", "Error impresora sucursal norte"))
                .isFalse(); // 2 shared of 6
        // 3 shared of 5 = 0.6 exactly.
        assertThat(similarity.verySimilar("Error impresora oficina central", "Error impresora oficina sucursal"))
                .isTrue();
        assertThat(SubjectSimilarity.score("Error impresora oficina central", "Error impresora oficina sucursal"))
                .isCloseTo(0.6, within(1e-9));
    }

    @Test
    void oneSubjectComparedWithManyJudgesEachAsAPairDoes() {
        var likeThePrinterError = similarity.verySimilarTo("Error impresora oficina central");
        assertThat(likeThePrinterError.test("Error impresora sucursal norte")).isFalse();
        assertThat(likeThePrinterError.test("¡ERROR en la impresora de la oficina central!"))
                .isTrue();
        assertThat(likeThePrinterError.test("Hola")).isFalse();
        assertThat(similarity.verySimilarTo("Hola").test("hola")).isFalse();
    }

    @Test
    void spanishAndEnglishStopWordsAreBothDropped() {
        assertThat(SubjectSimilarity.score("The invoice is not printing", "invoice printing"))
                .isEqualTo(1.0);
        assertThat(SubjectSimilarity.score("Hola, la factura por favor", "factura"))
                .isEqualTo(1.0);
    }

    @Test
    void subjectsWithoutTopicWordsAreNeverSimilar() {
        assertThat(SubjectSimilarity.score("Hola", "hola")).isZero();
        assertThat(SubjectSimilarity.score(null, "factura")).isZero();
        assertThat(SubjectSimilarity.score("", "")).isZero();
    }

    @Test
    void unrelatedSubjectsScoreZero() {
        assertThat(SubjectSimilarity.score("Cambio de contraseña", "Factura duplicada"))
                .isZero();
    }

    @Test
    void theThresholdIsConfigurableWithinZeroAndOne() {
        assertThat(new SubjectSimilarity(0.5).verySimilar("Imprimir factura electrónica", "Imprimir factura boleta"))
                .isTrue();
        assertThatThrownBy(() -> new SubjectSimilarity(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubjectSimilarity(1.01)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pluralsAndSingularsAreTheSameTopic() {
        assertThat(similarity.verySimilar(
                        "No puedo emitir facturas electrónicas", "no puedo emitir factura electronica"))
                .isTrue();
        assertThat(SubjectSimilarity.singular("clientes")).isEqualTo(SubjectSimilarity.singular("cliente"));
        assertThat(SubjectSimilarity.singular("errores")).isEqualTo(SubjectSimilarity.singular("error"));
        assertThat(SubjectSimilarity.singular("mes")).isEqualTo("mes");
    }
}
