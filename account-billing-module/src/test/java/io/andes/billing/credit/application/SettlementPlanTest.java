package io.andes.billing.credit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.invoice.domain.DraftLine;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.invoice.domain.LineKind;
import io.andes.store.api.Renewal;
import io.andes.store.api.SubscriptionEnding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cancellation's figures: each prepaid item credited for its unused days, the pending charges invoiced. */
class SettlementPlanTest {

    private static final LocalDate MARCH = LocalDate.parse("2026-03-01");
    private static final LocalDate APRIL = LocalDate.parse("2026-04-01");
    private static final LocalDate NOTICE = LocalDate.parse("2026-03-18"); // 14 of 31 days unused

    private static SubscriptionEnding.Ending ending(String currency, List<Renewal.Charge> pending) {
        return new SubscriptionEnding.Ending(
                "sub-1", currency, "CL", new BigDecimal("19"), MARCH, APRIL, false, pending);
    }

    private static DraftLine line(LineKind kind, String description, String amount) {
        return new DraftLine(kind, null, description, 1, null, new BigDecimal(amount), null);
    }

    private static List<DraftLine> prepaid(String plan, String addOns) {
        return List.of(
                line(LineKind.PLAN, "Plan Básico, período del 01-03-2026 al 31-03-2026", plan),
                line(LineKind.ADDON, "2 × Usuario adicional, período del 01-03-2026 al 31-03-2026", addOns),
                line(LineKind.PRORATION, "1 × Trabajador, 10/28 días", "711"),
                line(LineKind.CREDIT, "Saldo a favor de notas de crédito", "-500"));
    }

    @Test
    void clpEachPrepaidItemIsCreditedForItsUnusedDaysInWholePesos() {
        SettlementPlan plan =
                SettlementPlan.of("T-000003", NOTICE, ending("CLP", List.of()), null, prepaid("29900", "9980"), false);

        assertThat(plan.credits())
                .extracting(CreditViews.SettlementLine::description, CreditViews.SettlementLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Plan Básico, 14/31 días no usados del 18-03-2026 al 31-03-2026",
                                new BigDecimal("13503")), // 13 503.2258
                        org.assertj.core.groups.Tuple.tuple(
                                "2 × Usuario adicional, 14/31 días no usados del 18-03-2026 al 31-03-2026",
                                new BigDecimal("4507"))); // 4 507.0968
        assertThat(plan.credit()).isEqualTo(new BigDecimal("18010"));
        assertThat(plan.hasCharges()).isFalse();
    }

    @Test
    void usdEachPrepaidItemIsCreditedInCents() {
        SettlementPlan plan =
                SettlementPlan.of("T-000003", NOTICE, ending("USD", List.of()), null, prepaid("99.00", "12.00"), true);

        assertThat(plan.credits())
                .extracting(CreditViews.SettlementLine::amount)
                .containsExactly(new BigDecimal("44.71"), new BigDecimal("5.42")); // 44.7097, 5.4194
        assertThat(plan.credit()).isEqualTo(new BigDecimal("50.13"));
        assertThat(plan.credits().get(0).unusedDays()).isEqualTo(14);
        assertThat(plan.credits().get(0).daysInPeriod()).isEqualTo(31);
    }

    @Test
    void thePendingChargesAreInvoicedAndUseTheBalanceUpToTheirNet() {
        Renewal.Charge worker = new Renewal.Charge("c-1", "1 × Trabajador, 14/31 días", new BigDecimal("1990"));
        SettlementPlan plan = SettlementPlan.of(
                "T-000003", NOTICE, ending("CLP", List.of(worker)), null, prepaid("29900", "9980"), false);

        InvoiceDraft covered = RenewalCredits.withBalance(plan::charges, plan.credit());
        InvoiceDraft partly = RenewalCredits.withBalance(plan::charges, new BigDecimal("500"));

        assertThat(plan.pendingCharges()).isEqualTo(new BigDecimal("1990"));
        assertThat(RenewalCredits.used(covered)).isEqualByComparingTo("1990");
        assertThat(covered.total()).isEqualByComparingTo("0");
        assertThat(RenewalCredits.used(partly)).isEqualByComparingTo("500");
        assertThat(partly.net()).isEqualByComparingTo("1490");
        assertThat(partly.tax()).isEqualByComparingTo("283"); // 283.1, once on the net
        assertThat(partly.total()).isEqualByComparingTo("1773");
        assertThat(partly.lines()).extracting(DraftLine::kind).containsExactly(LineKind.PRORATION, LineKind.CREDIT);
    }
}
