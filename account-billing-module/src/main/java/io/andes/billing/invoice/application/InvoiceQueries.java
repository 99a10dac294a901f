package io.andes.billing.invoice.application;

import io.andes.billing.credit.application.RenewalCredits;
import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.domain.CreditNote;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceDocument;
import io.andes.billing.invoice.domain.InvoiceLine;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.store.api.SubscriptionRenewals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** The bound tenant's invoices (list, one by number, its PDF) and the preview of the next one. */
@ApplicationScoped
public class InvoiceQueries {

    @Inject
    InvoiceRepository invoices;

    @Inject
    SubscriptionRenewals renewals;

    @Inject
    RenewalCredits credits;

    @Inject
    InvoiceDocument documents;

    @Inject
    BillingCalendar calendar;

    @Transactional
    public Page<BillingViews.InvoiceSummary> list(PageRequest page) {
        LocalDate today = calendar.today();
        return new Page<>(
                invoices.list(page.offset(), page.size()).stream()
                        .map(invoice -> InvoicePresenter.summary(invoice, today))
                        .toList(),
                page.page(),
                page.size(),
                invoices.count());
    }

    @Transactional
    public BillingViews.Invoice view(String number) {
        Invoice invoice = InvoiceNumber.parse(number)
                .flatMap(invoices::find)
                .orElseThrow(() -> ProblemException.notFound("la factura " + number, "Invoice " + number));
        List<InvoiceLine> lines = invoices.lines(invoice);
        return InvoicePresenter.invoice(
                invoice,
                lines.stream().map(InvoiceLine::asDrafted).toList(),
                invoices.creditNoteOf(invoice).map(CreditNote::number).orElse(null),
                calendar.today());
    }

    @Transactional
    public byte[] pdf(String number) {
        return documents.pdf(view(number));
    }

    /** What the next renewal will issue, built by the same draft as the run's invoice. */
    @Transactional
    public BillingViews.Draft nextInvoice() {
        return InvoicePresenter.draft(credits.draft(renewals.upcoming(), false));
    }
}
