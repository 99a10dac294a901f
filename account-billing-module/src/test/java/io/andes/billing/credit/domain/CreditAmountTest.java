package io.andes.billing.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CreditAmountTest {

    private static final Currency CLP = Currency.getInstance("CLP");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void anAmountIsPositiveAtTheCurrencysMinorUnit() {
        assertThat(CreditAmount.of(new BigDecimal("5000"), CLP)).isEqualTo(new BigDecimal("5000"));
        assertThat(CreditAmount.of(new BigDecimal("10.5"), USD)).isEqualTo(new BigDecimal("10.50"));
        for (String bad : new String[] {"0", "-1", "10.5", "10000000000"}) {
            assertThatThrownBy(() -> CreditAmount.of(new BigDecimal(bad), CLP))
                    .as(bad)
                    .isInstanceOf(ProblemException.class);
        }
        assertThatThrownBy(() -> CreditAmount.of(new BigDecimal("1.001"), USD)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> CreditAmount.of(null, USD)).isInstanceOf(ProblemException.class);
    }

    @Test
    void anInvoiceUsesTheBalanceUpToItsNetAndTheRestCarriesOver() {
        assertThat(CreditAmount.usable(new BigDecimal("40000"), new BigDecimal("29900")))
                .isEqualByComparingTo("29900");
        assertThat(CreditAmount.usable(new BigDecimal("10100"), new BigDecimal("29900")))
                .isEqualByComparingTo("10100");
        assertThat(CreditAmount.usable(BigDecimal.ZERO, new BigDecimal("29900")))
                .isEqualByComparingTo("0");
        assertThat(CreditAmount.usable(new BigDecimal("100"), BigDecimal.ZERO)).isEqualByComparingTo("0");
    }
}
