package io.andes.billing.advisor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommercialNumberTest {

    @Test
    void isShownWithItsOwnPrefixPaddedToSixDigits() {
        assertThat(new CommercialNumber(1).formatted()).isEqualTo("C-000001");
        assertThat(new CommercialNumber(1_234_567).formatted()).isEqualTo("C-1234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C-000045", "c-45", "  C-0045 "})
    void readsWhatPeopleRetype(String typed) {
        assertThat(CommercialNumber.parse(typed)).isEqualTo(new CommercialNumber(45));
    }

    @ParameterizedTest
    @ValueSource(strings = {"T-000045", "PQRS-2026-000001", "C-0", "C-", "45", "C-1234567890", "C-12<b>"})
    void refusesTicketNumbersAndAnythingElse(String typed) {
        assertThatThrownBy(() -> CommercialNumber.parse(typed))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.VALIDATION));
    }

    @Test
    void refusesNullAndOverlongInput() {
        assertThatThrownBy(() -> CommercialNumber.parse(null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> CommercialNumber.parse("C-" + "0".repeat(50) + "1"))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aCounterHandsOutConsecutiveNumbersFromOne() {
        CommercialCounter counter = new CommercialCounter(CommercialCounter.REQUESTS);
        assertThat(counter.next()).isEqualTo(new CommercialNumber(1));
        assertThat(counter.next()).isEqualTo(new CommercialNumber(2));
        assertThat(counter.next().formatted()).isEqualTo("C-000003");
    }
}
