package io.andes.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceSheetTest {

    private static final PriceSheet CLP = new PriceSheet(
            "CLP",
            "MONTHLY",
            new BigDecimal("19"),
            Map.of("extra-user", new BigDecimal("4990"), "worker", new BigDecimal("1990")));

    @Test
    void aLineIsTheQuantityTimesThePrice() {
        assertThat(CLP.line("extra-user", 3)).isEqualByComparingTo("14970");
    }

    @Test
    void anUnknownProductOrNoQuantityCostsNothing() {
        assertThat(CLP.line("unknown", 3)).isZero();
        assertThat(CLP.line(null, 3)).isZero();
        assertThat(CLP.line("worker", null)).isZero();
    }

    @Test
    void taxIsOnTheNetRoundedOnceHalfUpToTheMinorUnit() {
        StoreViews.Totals totals = CLP.totals(List.of(CLP.line("extra-user", 2), CLP.line("worker", 3)));
        // net 15950; 19 % = 3030.5 → 3031
        assertThat(totals.net()).isEqualByComparingTo("15950");
        assertThat(totals.tax()).isEqualByComparingTo("3031");
        assertThat(totals.total()).isEqualByComparingTo("18981");
    }

    @Test
    void twoDecimalCurrenciesKeepTheirCents() {
        PriceSheet usd =
                new PriceSheet("USD", "MONTHLY", new BigDecimal("16"), Map.of("worker", new BigDecimal("2.50")));
        StoreViews.Totals totals = usd.totals(List.of(usd.line("worker", 3)));
        assertThat(totals.net()).isEqualByComparingTo("7.50");
        assertThat(totals.tax()).isEqualByComparingTo("1.20");
        assertThat(totals.total()).isEqualByComparingTo("8.70");
        assertThat(totals.total().scale()).isEqualTo(2);
    }

    @Test
    void rekeyingKeepsThePricesUnderTheNewCodesAndDropsUnpricedOnes() {
        PriceSheet quoted = CLP.rekeyed(Map.of("USERS", "extra-user", "DTE_PACK", "dte-pack"));
        assertThat(quoted.prices()).containsOnlyKeys("USERS");
        assertThat(quoted.line("USERS", 1)).isEqualByComparingTo("4990");
    }
}
