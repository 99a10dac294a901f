package io.andes.billing.invoice.domain;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import java.time.Instant;

/** The invoices of every tenant, for staff: a read across tenants that states the tenant itself. */
public interface InvoiceDirectory {

    /**
     * The page of rows matching {@code search}, with their total. A pending invoice reads VENCIDA once its due date is
     * past at {@code now} in its tenant's time zone, as the tenant sees it in the portal, not by the date in UTC.
     */
    Page<BillingViews.StaffInvoiceRow> page(BillingViews.InvoiceSearch search, Instant now, PageRequest page);
}
