package io.andes.billing.credit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.billing.credit.domain.RefundMethod;
import io.andes.core.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ManualRefundsTest {

    @Test
    void onlyTheManualMethodsAreRecordedByHand() {
        assertThat(ManualRefunds.method("TRANSFERENCIA")).isEqualTo(RefundMethod.TRANSFERENCIA);
        assertThat(ManualRefunds.method(" cheque ")).isEqualTo(RefundMethod.CHEQUE);
        for (String bad : new String[] {"TARJETA", "PAYPAL", "", null}) {
            assertThatThrownBy(() -> ManualRefunds.method(bad)).as(bad).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void theReferenceIsTrimmedAndBetweenOneAndAHundredCharacters() {
        assertThat(ManualRefunds.reference("  TRX-77  ")).isEqualTo("TRX-77");
        assertThat(ManualRefunds.reference(" " + "x".repeat(100) + " ")).hasSize(100);
        for (String bad : new String[] {"   ", "", null, "x".repeat(101)}) {
            assertThatThrownBy(() -> ManualRefunds.reference(bad)).as(bad).isInstanceOf(ProblemException.class);
        }
    }
}
