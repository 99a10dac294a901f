package io.andes.ticketing.domain.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumberTest {

    @ParameterizedTest
    @CsvSource({"1, T-000001", "123, T-000123", "999999, T-999999", "1234567, T-1234567"})
    void ticketNumbersArePaddedToSixDigits(int sequence, String shown) {
        assertThat(new TicketNumber(sequence).formatted()).isEqualTo(shown);
        assertThat(new TicketNumber(sequence)).hasToString(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"T-000123", "t-000123", "  T-123 ", "T-0000123"})
    void whatPeopleTypeIsReadBackToTheSameNumber(String typed) {
        assertThat(TicketNumber.parse(typed)).isEqualTo(new TicketNumber(123));
    }

    @Test
    void formattingAndParsingRoundTrip() {
        for (int sequence : new int[] {1, 45, 100_000, 999_999_999}) {
            TicketNumber number = new TicketNumber(sequence);
            assertThat(TicketNumber.parse(number.formatted())).isEqualTo(number);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "123",
                "T000123",
                "T-",
                "T-000000",
                "T-12a",
                "S-000123",
                "T- 123",
                "T-1234567890",
                "T-٣٤٥",
                "T-000123-1"
            })
    void anythingElseIsAValidationProblemOnTheField(String typed) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> TicketNumber.parse(typed));

        assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(refused.detail(false)).contains("T-000123");
        assertThat(refused.detail(true)).contains("ticket number");
        assertThat(refused.extensions().get("errors").toString()).contains("ticketNumber");
    }

    @Test
    void aSequenceStartsAtOne() {
        assertThatThrownBy(() -> new TicketNumber(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketNumber(-5)).isInstanceOf(IllegalArgumentException.class);
    }
}
