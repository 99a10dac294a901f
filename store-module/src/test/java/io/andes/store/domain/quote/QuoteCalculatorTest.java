package io.andes.store.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.api.EntitlementType;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.money.Money;
import io.andes.store.domain.subscription.BillingCycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteCalculatorTest {

    private static final Currency CLP = Currency.getInstance("CLP");
    private static final AddOn USER = new AddOn("extra-user", "Usuario adicional", EntitlementType.USERS, 1, 1000);
    private static final AddOn DTE = new AddOn("dte-pack", "Pack de DTE", EntitlementType.DTE_DOCUMENTS, 100, 1000);
    private static final BillingCycle MARCH =
            new BillingCycle(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));
    private static final LocalDate MARCH_18 = LocalDate.parse("2026-03-18");
    private static final BigDecimal IVA = new BigDecimal("19");

    @Test
    void totalsAreSumsOfRoundedLinesAndTaxIsRoundedOnceOnTheNet() {
        Quote quote = QuoteCalculator.quote(
                List.of(
                        new QuoteItem(USER, 3, Money.of("4990", "CLP"), Money.of("4990", "CLP")),
                        new QuoteItem(DTE, 1, Money.of("9990", "CLP"), Money.of("9990", "CLP"))),
                MARCH,
                MARCH_18,
                CLP,
                IVA);
        // 4990 × 3 × 14/31 = 6760.65 → 6761; 9990 × 14/31 = 4511.61 → 4512
        assertThat(quote.lines())
                .extracting(QuoteLine::prorated)
                .containsExactly(Money.of("6761", "CLP"), Money.of("4512", "CLP"));
        assertThat(quote.proratedNet()).isEqualTo(Money.of("11273", "CLP"));
        assertThat(quote.proratedTax()).isEqualTo(Money.of("2142", "CLP")); // 2141.87
        assertThat(quote.proratedTotal()).isEqualTo(Money.of("13415", "CLP"));
        assertThat(quote.recurringNet()).isEqualTo(Money.of("24960", "CLP"));
        assertThat(quote.recurringTax()).isEqualTo(Money.of("4742", "CLP")); // 4742.4
        assertThat(quote.recurringTotal()).isEqualTo(Money.of("29702", "CLP"));
        assertThat(quote.lines().get(0).describe(false))
                .isEqualTo("3 × Usuario adicional, 14/31 días del 18-03-2026 al 31-03-2026");
    }

    @Test
    void theRecurringAmountUsesThePriceInForceAtTheNextRenewal() {
        Quote quote = QuoteCalculator.quote(
                List.of(new QuoteItem(USER, 2, Money.of("4990", "CLP"), Money.of("5490", "CLP"))),
                MARCH,
                MARCH_18,
                CLP,
                IVA);
        assertThat(quote.lines().get(0).prorated()).isEqualTo(Money.of("4507", "CLP")); // 4506.45
        assertThat(quote.recurringNet()).isEqualTo(Money.of("10980", "CLP"));
    }

    @Test
    void theFingerprintIsStableAndChangesWithAnyFigure() {
        List<QuoteItem> items = List.of(new QuoteItem(USER, 2, Money.of("4990", "CLP"), Money.of("4990", "CLP")));
        String first = QuoteCalculator.quote(items, MARCH, MARCH_18, CLP, IVA).fingerprint();
        assertThat(QuoteCalculator.quote(items, MARCH, MARCH_18, CLP, IVA).fingerprint())
                .isEqualTo(first)
                .hasSize(64);
        List<QuoteItem> newPrice = List.of(new QuoteItem(USER, 2, Money.of("4990", "CLP"), Money.of("5490", "CLP")));
        assertThat(QuoteCalculator.quote(newPrice, MARCH, MARCH_18, CLP, IVA).fingerprint())
                .isNotEqualTo(first);
        assertThat(QuoteCalculator.quote(items, MARCH, MARCH_18.plusDays(1), CLP, IVA)
                        .fingerprint())
                .isNotEqualTo(first);
        assertThat(QuoteCalculator.quote(items, MARCH, MARCH_18, CLP, new BigDecimal("16"))
                        .fingerprint())
                .isNotEqualTo(first);
    }

    @Test
    void everyPriceMustBeInTheQuotesCurrency() {
        List<QuoteItem> items = List.of(new QuoteItem(USER, 1, Money.of("6", "USD"), Money.of("6", "USD")));
        assertThatThrownBy(() -> QuoteCalculator.quote(items, MARCH, MARCH_18, CLP, IVA))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
