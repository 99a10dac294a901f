package io.andes.billing.invoice.application;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.domain.CreditNote;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * Staff void a tenant's invoice with a reason (billing-staff, platform-admin): the invoice becomes ANULADA and a credit
 * note for its whole total is issued under the next credit-note number, audited in the tenant's log with the reason.
 */
@ApplicationScoped
public class InvoiceVoiding {

    @Inject
    StaffTenantAccess staff;

    @Inject
    InvoiceRepository invoices;

    @Inject
    InvoiceQueries queries;

    @Inject
    BillingCalendar calendar;

    @Inject
    Provider<CurrentUser> caller;

    public BillingViews.Invoice voidInvoice(TenantId tenant, String number, String reason) {
        String why = StaffTenantAccess.requireReason(reason);
        return staff.call(tenant, "invoice.voided", number, why, () -> {
            Invoice invoice = InvoiceNumber.parse(number)
                    .flatMap(invoices::lock)
                    .orElseThrow(() -> ProblemException.notFound("la factura " + number, "Invoice " + number));
            invoice.voidFor(why, calendar.now());
            InvoiceNumber note = invoices.takeNumber(
                    InvoiceNumber.CREDIT_NOTE, calendar.today().getYear());
            invoices.add(new CreditNote(note, invoice, why, caller.get().auditName(), calendar.now()));
            return queries.view(number);
        });
    }
}
