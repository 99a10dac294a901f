package io.andes.billing.credit.application;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.domain.CreditLedger;
import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The bound tenant's credit notes and credit balance ("Cuenta y Facturación"); an invoice's notes for staff. */
@ApplicationScoped
public class CreditQueries {

    static final int RECENT_ENTRIES = 20;

    @Inject
    CreditLedger ledger;

    @Inject
    CreditPresenter presenter;

    @Inject
    BillingCalendar calendar;

    @Inject
    StaffTenantAccess staff;

    @Inject
    InvoiceRepository invoices;

    @Transactional
    public Page<CreditViews.CreditNote> notes(PageRequest page) {
        return new Page<>(
                ledger.notes(page.offset(), page.size()).stream()
                        .map(presenter::note)
                        .toList(),
                page.page(),
                page.size(),
                ledger.countNotes());
    }

    /** The credit notes issued against one of a tenant's invoices (an audited staff read). */
    public List<CreditViews.CreditNote> notesOf(TenantId tenant, String invoice, String reason) {
        return staff.call(tenant, "invoice.credit-notes.read", invoice, reason, () -> InvoiceNumber.parse(invoice)
                .flatMap(invoices::find)
                .map(found -> ledger.notesAgainst(found.id()).stream()
                        .map(presenter::note)
                        .toList())
                .orElseThrow(() -> ProblemException.notFound("la factura " + invoice, "Invoice " + invoice)));
    }

    @Transactional
    public CreditViews.Balance balance() {
        String currency = calendar.tenant().currency().getCurrencyCode();
        return new CreditViews.Balance(
                currency,
                ledger.balance(currency),
                ledger.entries(0, RECENT_ENTRIES).stream()
                        .map(CreditPresenter::entry)
                        .toList());
    }
}
