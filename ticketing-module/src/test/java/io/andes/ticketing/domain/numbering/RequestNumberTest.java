package io.andes.ticketing.domain.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestNumberTest {

    @Test
    void requestNumbersLookLikeS000012() {
        assertThat(new RequestNumber(12).formatted()).isEqualTo("S-000012");
        assertThat(RequestNumber.parse(" s-000012 ")).isEqualTo(new RequestNumber(12));
        assertThat(RequestNumber.parse("S-12")).isEqualTo(new RequestNumber(12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"T-000012", "S000012", "S-0", "SS-000012", "S-1.5"})
    void otherShapesAreRefused(String typed) {
        assertThatThrownBy(() -> RequestNumber.parse(typed))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("S-000012");
    }
}
