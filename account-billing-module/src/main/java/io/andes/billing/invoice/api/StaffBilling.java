package io.andes.billing.invoice.api;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.tenancy.TenantId;

/**
 * Billing staff's and platform admins' view of every tenant's billing: the invoices of all tenants, and one tenant's
 * invoice, its PDF and its account, each read an audited staff access to that tenant (another tenant's number: 404).
 */
public interface StaffBilling {

    /** The invoices of every tenant matching {@code search}, newest first. */
    Page<BillingViews.StaffInvoiceRow> invoices(BillingViews.InvoiceSearch search, PageRequest page);

    BillingViews.Invoice invoice(TenantId tenant, String number, String reason);

    byte[] pdf(TenantId tenant, String number, String reason);

    /** The tenant's subscription with usage, its next renewal and the invoice it will issue. */
    BillingViews.Account account(TenantId tenant, boolean english, String reason);
}
