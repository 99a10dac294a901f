package io.andes.ticketing.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldedTextTest {

    @ParameterizedTest
    @CsvSource({
        "Liquidación, liquidacion",
        "CRÉDITO FISCAL, credito fiscal",
        "Año 2026 — señal, ano 2026 — senal",
        "pingüino, pinguino",
        "Ação, acao",
        "ya plano, ya plano",
        "FACTURA N° 42, factura n° 42",
        "Error 500 EN Boleta, error 500 en boleta",
        "'', ''"
    })
    void accentsGoAndCaseIsLowered(String text, String folded) {
        assertThat(FoldedText.of(text)).isEqualTo(folded);
    }

    @Test
    void nothingFoldsToEmpty() {
        assertThat(FoldedText.of(null)).isEmpty();
    }
}
