package io.andes.billing.invoice.application;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.api.StaffBilling;
import io.andes.billing.invoice.domain.InvoiceDirectory;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;

/** The console's billing reads for billing staff and platform admins; one tenant's data only through staff access. */
@ApplicationScoped
public class StaffInvoices implements StaffBilling {

    @Inject
    InvoiceDirectory directory;

    @Inject
    InvoiceQueries queries;

    @Inject
    AccountQueries accounts;

    @Inject
    StaffTenantAccess staff;

    @Inject
    BillingCalendar calendar;

    @Inject
    Provider<CurrentUser> caller;

    @Override
    @Transactional
    public Page<BillingViews.StaffInvoiceRow> invoices(BillingViews.InvoiceSearch search, PageRequest page) {
        requireBillingStaff();
        return directory.page(search, calendar.now(), page);
    }

    @Override
    public BillingViews.Invoice invoice(TenantId tenant, String number, String reason) {
        requireBillingStaff();
        return staff.call(tenant, "invoice.read", number, reason, () -> queries.view(number));
    }

    @Override
    public byte[] pdf(TenantId tenant, String number, String reason) {
        requireBillingStaff();
        return staff.call(tenant, "invoice.pdf.read", number, reason, () -> queries.pdf(number));
    }

    @Override
    public BillingViews.Account account(TenantId tenant, boolean english, String reason) {
        requireBillingStaff();
        return staff.call(tenant, "subscription.read", tenant.value(), reason, () -> accounts.account(english));
    }

    private void requireBillingStaff() {
        CurrentUser user = caller.get();
        if (!user.hasRole(Roles.BILLING_STAFF) && !user.hasRole(Roles.PLATFORM_ADMIN)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Solo facturación y administración.", "Billing staff and admins only.");
        }
    }
}
