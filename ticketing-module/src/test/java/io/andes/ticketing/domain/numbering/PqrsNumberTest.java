package io.andes.ticketing.domain.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PqrsNumberTest {

    @Test
    void aFilingNumberShowsItsYearAndSequence() {
        PqrsNumber number = new PqrsNumber(2026, 45);

        assertThat(number.formatted()).isEqualTo("PQRS-2026-000045");
        assertThat(number).hasToString("PQRS-2026-000045");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PQRS-2026-000045", "pqrs-2026-45", " PQRS-2026-0000045\t"})
    void typedFilingNumbersAreRead(String typed) {
        assertThat(PqrsNumber.parse(typed)).isEqualTo(new PqrsNumber(2026, 45));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PQRS-26-000045",
                "PQRS-1999-000045",
                "PQRS-2026",
                "PQRS-2026-000000",
                "PQR-2026-000045",
                "PQRS 2026 000045",
                "PQRS-20266-000045"
            })
    void otherShapesAreAValidationProblem(String typed) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> PqrsNumber.parse(typed));

        assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(refused.detail(false)).contains("radicado").contains("PQRS-2026-000045");
        assertThat(refused.extensions().get("errors").toString()).contains("pqrsNumber");
    }

    @Test
    void theYearHasFourDigitsFrom2000() {
        assertThatThrownBy(() -> new PqrsNumber(1999, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PqrsNumber(10_000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PqrsNumber(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
