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
        for (Renewal.Charge proration : renewal.prorations()) {
            lines.add(new DraftLine(
                    LineKind.PRORATION,
                    null,
                    proration.description(),
                    1,
                    null,
                    rounded(proration.amount(), currency),
                    proration.id()));
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
        return totalled(renewal, lines, currency);
    }

    private static InvoiceDraft totalled(Renewal renewal, List<DraftLine> lines, Currency currency) {
        BigDecimal net = lines.stream().map(DraftLine::amount).reduce(zero(currency), BigDecimal::add);
        BigDecimal tax = rounded(net.multiply(renewal.taxPercent()).movePointLeft(2), currency);
        return new InvoiceDraft(
                renewal.currency(),
                renewal.country(),
                renewal.periodStart(),
                renewal.periodEnd(),
                lines,
                net,
                renewal.taxPercent(),
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
