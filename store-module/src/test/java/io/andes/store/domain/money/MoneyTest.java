package io.andes.store.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency CLP = Currency.getInstance("CLP");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void amountsAreKeptAtTheCurrencysMinorUnit() {
        assertThat(Money.of("4990", "CLP").amount()).isEqualTo(new BigDecimal("4990"));
        assertThat(Money.of("6", "USD").amount()).isEqualTo(new BigDecimal("6.00"));
        assertThat(Money.of("21000", "COP").amount()).isEqualTo(new BigDecimal("21000.00"));
        assertThat(Money.of("99.5", "MXN").amount()).isEqualTo(new BigDecimal("99.50"));
    }

    @Test
    void fractionsOfTheMinorUnitAreRefusedAtConstruction() {
        assertThatThrownBy(() -> Money.of("4990.5", "CLP")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.005", "USD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundingIsHalfUpToTheMinorUnit() {
        assertThat(Money.rounded(new BigDecimal("10.5"), CLP).amount()).isEqualTo(new BigDecimal("11"));
        assertThat(Money.rounded(new BigDecimal("10.49"), CLP).amount()).isEqualTo(new BigDecimal("10"));
        assertThat(Money.rounded(new BigDecimal("1.005"), USD).amount()).isEqualTo(new BigDecimal("1.01"));
        assertThat(Money.rounded(new BigDecimal("1.0049"), USD).amount()).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void percentIsRoundedOnce() {
        assertThat(Money.of("6982", "CLP").percent(new BigDecimal("19")).amount())
                .isEqualTo(new BigDecimal("1327")); // 1326.58
        assertThat(Money.of("8.40", "USD").percent(new BigDecimal("16")).amount())
                .isEqualTo(new BigDecimal("1.34")); // 1.344
    }

    @Test
    void moneyOfDifferentCurrenciesDoesNotAdd() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "CLP")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFractionIsTheExactQuotientRoundedOnce() {
        // 4990 × 3 × 14 / 31 = 6760.645… → 6761
        assertThat(Money.of("4990", "CLP").fraction(3, 14, 31).amount()).isEqualTo(new BigDecimal("6761"));
        // 6.00 × 1 × 1 / 3 = 2.000 → 2.00 and 10.00 × 2 / 3 = 6.666… → 6.67
        assertThat(Money.of("10", "USD").fraction(1, 2, 3).amount()).isEqualTo(new BigDecimal("6.67"));
    }
}
