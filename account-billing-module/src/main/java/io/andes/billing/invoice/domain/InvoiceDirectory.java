package io.andes.billing.invoice.domain;

import io.andes.billing.invoice.api.BillingViews;
import java.time.Instant;
import java.util.List;

/** The invoices of every tenant, for staff: a read across tenants that states the tenant itself. */
public interface InvoiceDirectory {

    /**
     * The rows matching {@code search}. A pending invoice reads VENCIDA once its due date is past at {@code now} in its
     * tenant's time zone, as the tenant sees it in the portal, not by the date in UTC.
     */
    List<BillingViews.StaffInvoiceRow> list(BillingViews.InvoiceSearch search, Instant now, int offset, int limit);

    long count(BillingViews.InvoiceSearch search, Instant now);
}
