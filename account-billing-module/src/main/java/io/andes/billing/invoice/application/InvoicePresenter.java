package io.andes.billing.invoice.application;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.domain.BillingData;
import io.andes.billing.invoice.domain.DraftLine;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Turns drafts and invoices into their views; a draft and the invoice issued from it show the same lines. */
final class InvoicePresenter {

    private InvoicePresenter() {}

    static BillingViews.Draft draft(InvoiceDraft draft) {
        return new BillingViews.Draft(
                draft.currency(),
                draft.periodStart(),
                draft.periodEnd().minusDays(1),
                draft.periodStart(),
                lines(draft.lines(), draft.currency()),
                money(draft.net(), draft.currency()),
                percent(draft.taxPercent()),
                money(draft.tax(), draft.currency()),
                money(draft.total(), draft.currency()));
    }

    static List<BillingViews.Line> lines(List<DraftLine> drafted, String currency) {
        List<BillingViews.Line> lines = new ArrayList<>();
        for (DraftLine line : drafted) {
            lines.add(new BillingViews.Line(
                    lines.size() + 1,
                    line.kind().name(),
                    line.productCode(),
                    line.description(),
                    line.quantity(),
                    line.unitPrice() == null ? null : money(line.unitPrice(), currency),
                    money(line.amount(), currency)));
        }
        return lines;
    }

    /** Amounts at the currency's minor unit whether they come from a draft or from the database's two decimals. */
    private static BigDecimal money(BigDecimal amount, String currency) {
        return InvoiceDraft.rounded(amount, Currency.getInstance(currency));
    }

    private static BigDecimal percent(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP);
    }

    static BillingViews.InvoiceSummary summary(Invoice invoice, LocalDate today) {
        return new BillingViews.InvoiceSummary(
                invoice.number(),
                invoice.statusOn(today).name(),
                invoice.issueDate(),
                invoice.dueOn(),
                invoice.periodStart(),
                invoice.periodEnd().minusDays(1),
                invoice.currency(),
                money(invoice.total(), invoice.currency()));
    }

    static BillingViews.Invoice invoice(Invoice invoice, List<DraftLine> lines, String creditNote, LocalDate today) {
        BillingData to = invoice.billedTo();
        return new BillingViews.Invoice(
                invoice.number(),
                invoice.statusOn(today).name(),
                invoice.issuedAt(),
                invoice.issueDate(),
                invoice.dueOn(),
                invoice.periodStart(),
                invoice.periodEnd().minusDays(1),
                invoice.currency(),
                lines(lines, invoice.currency()),
                money(invoice.net(), invoice.currency()),
                percent(invoice.taxPercent()),
                money(invoice.tax(), invoice.currency()),
                money(invoice.total(), invoice.currency()),
                new BillingViews.BilledTo(to.legalName(), to.taxId(), to.address(), to.activity(), to.email()),
                invoice.voidReason(),
                creditNote);
    }
}
