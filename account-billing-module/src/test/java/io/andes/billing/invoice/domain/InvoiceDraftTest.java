package io.andes.billing.invoice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.store.api.Renewal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceDraftTest {

    private static final LocalDate APRIL = LocalDate.parse("2026-04-01");
    private static final LocalDate MAY = LocalDate.parse("2026-05-01");

    private static Renewal renewal(
            String currency, String tax, String plan, List<Renewal.Item> addOns, List<Renewal.Charge> prorations) {
        return new Renewal(
                "sub-1",
                currency,
                "CL",
                new BigDecimal(tax),
                LocalDate.parse("2026-03-01"),
                APRIL,
                MAY,
                new Renewal.Item("profesional", "Plan Profesional", 1, new BigDecimal(plan)),
                addOns,
                prorations);
    }

    @Test
    void clpInvoiceChargesPlanAddOnsAndProrationsWithTaxOnceOnTheNet() {
        InvoiceDraft draft = InvoiceDraft.of(
                renewal(
                        "CLP",
                        "19",
                        "79900",
                        List.of(new Renewal.Item("extra-user", "Usuario adicional", 3, new BigDecimal("4990"))),
                        List.of(new Renewal.Charge(
                                "c1",
                                "3 × Usuario adicional, 14/31 días del 18-03-2026 al 31-03-2026",
                                new BigDecimal("6761")))),
                List.of());

        assertThat(draft.lines())
                .extracting(DraftLine::kind, DraftLine::description, DraftLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                LineKind.PLAN,
                                "Plan Profesional, período del 01-04-2026 al 30-04-2026",
                                new BigDecimal("79900")),
                        org.assertj.core.groups.Tuple.tuple(
                                LineKind.ADDON,
                                "3 × Usuario adicional, período del 01-04-2026 al 30-04-2026",
                                new BigDecimal("14970")),
                        org.assertj.core.groups.Tuple.tuple(
                                LineKind.PRORATION,
                                "3 × Usuario adicional, 14/31 días del 18-03-2026 al 31-03-2026",
                                new BigDecimal("6761")));
        assertThat(draft.net()).isEqualByComparingTo("101631");
        // 19 % of 101 631 = 19 309.89 → 19 310 (HALF_UP, CLP has no decimals)
        assertThat(draft.tax()).isEqualTo(new BigDecimal("19310"));
        assertThat(draft.total()).isEqualTo(new BigDecimal("120941"));
        assertThat(draft.periodStart()).isEqualTo(APRIL);
    }

    @Test
    void usdAmountsKeepTwoDecimalsAndTaxRoundsHalfUpOnce() {
        InvoiceDraft draft = InvoiceDraft.of(
                renewal(
                        "USD",
                        "19",
                        "99",
                        List.of(new Renewal.Item("worker", "Trabajador", 3, new BigDecimal("2.50"))),
                        List.of(new Renewal.Charge("c1", "1 × Trabajador, 5/30 días", new BigDecimal("0.42")))),
                List.of());

        assertThat(draft.lines())
                .extracting(DraftLine::amount)
                .containsExactly(new BigDecimal("99.00"), new BigDecimal("7.50"), new BigDecimal("0.42"));
        assertThat(draft.net()).isEqualTo(new BigDecimal("106.92"));
        // 19 % of 106.92 = 20.3148 → 20.31
        assertThat(draft.tax()).isEqualTo(new BigDecimal("20.31"));
        assertThat(draft.total()).isEqualTo(new BigDecimal("127.23"));
    }

    @Test
    void taxIsTakenOnTheNetTotalNotPerLine() {
        // per line: 19 % of 10.03 = 1.9057 → 1.91, twice 3.82; on the net: 19 % of 20.06 = 3.8114 → 3.81
        InvoiceDraft draft = InvoiceDraft.of(
                renewal(
                        "USD",
                        "19",
                        "10.03",
                        List.of(new Renewal.Item("worker", "Trabajador", 1, new BigDecimal("10.03"))),
                        List.of()),
                List.of());

        assertThat(draft.tax()).isEqualTo(new BigDecimal("3.81"));
    }

    @Test
    void creditsAreNegativeLinesThatLowerTheNet() {
        InvoiceDraft draft = InvoiceDraft.of(
                renewal("CLP", "19", "29900", List.of(), List.of()),
                List.of(new Renewal.Charge("n1", "Crédito por caída del servicio", new BigDecimal("5000"))));

        assertThat(draft.lines().get(1).kind()).isEqualTo(LineKind.CREDIT);
        assertThat(draft.lines().get(1).amount()).isEqualTo(new BigDecimal("-5000"));
        assertThat(draft.net()).isEqualTo(new BigDecimal("24900"));
        assertThat(draft.tax()).isEqualTo(new BigDecimal("4731"));
    }

    @Test
    void aCountryWithoutTaxPaysTheNet() {
        InvoiceDraft draft = InvoiceDraft.of(renewal("USD", "0", "39", List.of(), List.of()), List.of());

        assertThat(draft.tax()).isEqualTo(new BigDecimal("0.00"));
        assertThat(draft.total()).isEqualTo(new BigDecimal("39.00"));
    }

    @Test
    void theSameRenewalAlwaysDraftsTheSameInvoice() {
        Renewal renewal = renewal(
                "CLP",
                "19",
                "79900",
                List.of(new Renewal.Item("dte-pack", "Pack de DTE", 2, new BigDecimal("9990"))),
                List.of(new Renewal.Charge("c1", "x", new BigDecimal("100"))));

        assertThat(InvoiceDraft.of(renewal, List.of())).isEqualTo(InvoiceDraft.of(renewal, List.of()));
    }
}
