package io.andes.billing.credit.application;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.domain.UnusedDays;
import io.andes.billing.invoice.domain.DraftLine;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.invoice.domain.LineKind;
import io.andes.store.api.Renewal;
import io.andes.store.api.SubscriptionEnding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The figures of a cancellation settlement, computed alike for its preview and its execution: each prepaid item of
 * the running period's renewal invoice credited for its unused days (DESIGN.md "Money" proration, line by line), and
 * the pending charges as the lines of a settlement invoice.
 */
record SettlementPlan(
        String ticket,
        LocalDate effective,
        SubscriptionEnding.Ending ending,
        Invoice prepaid,
        List<CreditViews.SettlementLine> credits,
        BigDecimal credit,
        boolean refund) {

    static SettlementPlan of(
            String ticket,
            LocalDate effective,
            SubscriptionEnding.Ending ending,
            Invoice prepaid,
            List<DraftLine> lines,
            boolean refund) {
        Currency currency = Currency.getInstance(ending.currency());
        UnusedDays days = new UnusedDays(effective, ending.periodStart(), ending.periodEnd());
        List<CreditViews.SettlementLine> credits = lines.stream()
                .filter(line -> line.kind() == LineKind.PLAN || line.kind() == LineKind.ADDON)
                .map(line -> new CreditViews.SettlementLine(
                        days.describe(item(line.description())),
                        days.unused(),
                        days.inPeriod(),
                        days.credit(line.amount(), currency)))
                .filter(line -> line.amount().signum() > 0)
                .toList();
        BigDecimal credit = credits.stream()
                .map(CreditViews.SettlementLine::amount)
                .reduce(BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()), BigDecimal::add);
        return new SettlementPlan(ticket, effective, ending, prepaid, credits, credit, refund);
    }

    /** "Plan Básico" of "Plan Básico, período del 01-03-2026 al 31-03-2026". */
    private static String item(String description) {
        int period = description.indexOf(", período");
        return period < 0 ? description : description.substring(0, period);
    }

    /** The settlement invoice's draft (pending charges, then {@code credits}); null when nothing is pending. */
    InvoiceDraft charges(List<Renewal.Charge> credits) {
        InvoiceDraft frame = InvoiceDraft.frame(
                ending.currency(),
                ending.country(),
                ending.periodStart(),
                effective.isAfter(ending.periodStart()) ? effective : ending.periodEnd(),
                ending.taxPercent());
        return InvoiceDraft.ofCharges(frame, ending.pendingCharges(), credits);
    }

    boolean hasCharges() {
        return !ending.pendingCharges().isEmpty();
    }

    List<CreditViews.SettlementLine> chargeLines() {
        return ending.pendingCharges().stream()
                .map(c -> new CreditViews.SettlementLine(c.description(), 0, 0, c.amount()))
                .toList();
    }

    BigDecimal pendingCharges() {
        return ending.pendingCharges().stream()
                .map(Renewal.Charge::amount)
                .reduce(
                        BigDecimal.ZERO.setScale(
                                Currency.getInstance(ending.currency()).getDefaultFractionDigits()),
                        BigDecimal::add);
    }
}
