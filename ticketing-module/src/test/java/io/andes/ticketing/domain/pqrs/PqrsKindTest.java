package io.andes.ticketing.domain.pqrs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PqrsKindTest {

    @ParameterizedTest
    @CsvSource({
        "PETICION, Petición, Request",
        "QUEJA, Queja, Complaint",
        "RECLAMO, Reclamo, Claim",
        "SUGERENCIA, Sugerencia, Suggestion"
    })
    void eachKindHasASpanishAndAnEnglishLabel(PqrsKind kind, String spanish, String english) {
        assertThat(kind.label(false)).isEqualTo(spanish);
        assertThat(kind.label(true)).isEqualTo(english);
    }
}
