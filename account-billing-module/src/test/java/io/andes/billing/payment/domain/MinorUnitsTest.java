package io.andes.billing.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MinorUnitsTest {

    @Test
    void pesosChileanosGoAsWholePesos() {
        assertThat(MinorUnits.of(new BigDecimal("15990"), "CLP")).isEqualTo(15_990L);
        assertThat(MinorUnits.of(new BigDecimal("15990.00"), "CLP")).isEqualTo(15_990L);
    }

    @Test
    void twoDecimalCurrenciesGoInCents() {
        assertThat(MinorUnits.of(new BigDecimal("12.34"), "USD")).isEqualTo(1_234L);
        assertThat(MinorUnits.of(new BigDecimal("199.9"), "MXN")).isEqualTo(19_990L);
        assertThat(MinorUnits.of(new BigDecimal("45000.00"), "COP")).isEqualTo(4_500_000L);
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefused() {
        assertThatThrownBy(() -> MinorUnits.of(new BigDecimal("100.5"), "CLP")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> MinorUnits.of(new BigDecimal("1.001"), "USD")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void amountsAtTheMinimumAreChargeable() {
        MinorUnits.requireChargeable(new BigDecimal("0.50"), "USD");
        MinorUnits.requireChargeable(new BigDecimal("10.00"), "MXN");
        MinorUnits.requireChargeable(new BigDecimal("500"), "CLP");
        MinorUnits.requireChargeable(new BigDecimal("2000.00"), "COP");
    }

    @Test
    void belowTheMinimumIsA422NamingTheMinimum() {
        assertThatThrownBy(() -> MinorUnits.requireChargeable(new BigDecimal("0.49"), "USD"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNPROCESSABLE);
                    assertThat(e.extensions()).containsEntry("minimum", "0.50");
                    assertThat(e.detail(false)).contains("0.49 USD").contains("No se cobró nada");
                    assertThat(e.detail(true)).contains("below the minimum");
                });
        assertThatThrownBy(() -> MinorUnits.requireChargeable(new BigDecimal("499"), "CLP"))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aCurrencyWithoutCardPaymentsIsRefused() {
        assertThatThrownBy(() -> MinorUnits.requireChargeable(new BigDecimal("100"), "EUR"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNPROCESSABLE));
    }
}
