package io.andes.billing.invoice.domain;

import io.andes.store.api.Renewal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What a renewal invoices, computed without touching anything: the plan and the add-ons for the new period in advance,
 * the prorated charges of the period that ends and any credits. Lines are rounded {@code HALF_UP} to the currency's
 * minor unit, the net is their sum and the tax is taken once on the net. The next-invoice preview and the renewal run
 * both build their invoice from here, so the preview is the invoice.
 */
public record InvoiceDraft(
        String currency,
        String country,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<DraftLine> lines,
        BigDecimal net,
        BigDecimal taxPercent,
        BigDecimal tax,
        BigDecimal total) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public InvoiceDraft {
        lines = List.copyOf(lines);
    }

    /** The invoice of {@code renewal}, with {@code credits} (positive amounts, shown as negative lines). */
    public static InvoiceDraft of(Renewal renewal, List<Renewal.Charge> credits) {
        Currency currency = Currency.getInstance(renewal.currency());
        String period = "período del " + DAY.format(renewal.periodStart()) + " al "
                + DAY.format(renewal.periodEnd().minusDays(1));
        List<DraftLine> lines = new ArrayList<>();
        Renewal.Item plan = renewal.plan();
        lines.add(charged(LineKind.PLAN, plan, plan.name() + ", " + period, currency));
        for (Renewal.Item addOn : renewal.addOns()) {
            lines.add(
                    charged(LineKind.ADDON, addOn, addOn.quantity() + " × " + addOn.name() + ", " + period, currency));
        }
        addCharges(lines, renewal.prorations(), credits, currency);
        return totalled(
                new InvoiceDraft(
                        renewal.currency(),
                        renewal.country(),
                        renewal.periodStart(),
                        renewal.periodEnd(),
                        lines,
                        null,
                        renewal.taxPercent(),
                        null,
                        null),
                currency);
    }

    /**
     * A cancellation's settlement invoice: only the charges still pending (as PRORATION lines) and {@code credits},
     * for the days from {@code periodStart} to {@code periodEnd}, by the same rounding and tax rule.
     */
    public static InvoiceDraft ofCharges(
            InvoiceDraft period, List<Renewal.Charge> charges, List<Renewal.Charge> credits) {
        Currency currency = Currency.getInstance(period.currency());
        List<DraftLine> lines = new ArrayList<>();
        addCharges(lines, charges, credits, currency);
        return totalled(period.withLines(lines), currency);
    }

    /** The frame of a draft (currency, country, period, tax rate) without lines, for {@link #ofCharges}. */
    public static InvoiceDraft frame(
            String currency, String country, LocalDate periodStart, LocalDate periodEnd, BigDecimal taxPercent) {
        return new InvoiceDraft(currency, country, periodStart, periodEnd, List.of(), null, taxPercent, null, null);
    }

    private InvoiceDraft withLines(List<DraftLine> others) {
        return new InvoiceDraft(currency, country, periodStart, periodEnd, others, null, taxPercent, null, null);
    }

    private static void addCharges(
            List<DraftLine> lines, List<Renewal.Charge> charges, List<Renewal.Charge> credits, Currency currency) {
        for (Renewal.Charge charge : charges) {
            lines.add(new DraftLine(
                    LineKind.PRORATION,
                    null,
                    charge.description(),
                    1,
                    null,
                    rounded(charge.amount(), currency),
                    charge.id()));
        }
        for (Renewal.Charge credit : credits) {
            lines.add(new DraftLine(
                    LineKind.CREDIT,
                    null,
                    credit.description(),
                    1,
                    null,
                    rounded(credit.amount().abs().negate(), currency),
                    credit.id()));
        }
    }

    private static InvoiceDraft totalled(InvoiceDraft draft, Currency currency) {
        BigDecimal net = draft.lines().stream().map(DraftLine::amount).reduce(zero(currency), BigDecimal::add);
        BigDecimal tax = rounded(net.multiply(draft.taxPercent()).movePointLeft(2), currency);
        return new InvoiceDraft(
                draft.currency(),
                draft.country(),
                draft.periodStart(),
                draft.periodEnd(),
                draft.lines(),
                net,
                draft.taxPercent(),
                tax,
                net.add(tax));
    }

    private static DraftLine charged(LineKind kind, Renewal.Item item, String description, Currency currency) {
        BigDecimal unit = rounded(item.unitPrice(), currency);
        return new DraftLine(
                kind,
                item.code(),
                description,
                item.quantity(),
                unit,
                rounded(unit.multiply(BigDecimal.valueOf(item.quantity())), currency),
                null);
    }

    private static BigDecimal zero(Currency currency) {
        return BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits());
    }

    /** Rounded {@code HALF_UP} to the currency's minor unit (DESIGN.md "Money"). */
    public static BigDecimal rounded(BigDecimal exact, Currency currency) {
        return exact.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }
}
