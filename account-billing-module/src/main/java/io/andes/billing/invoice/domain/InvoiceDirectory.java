package io.andes.billing.invoice.domain;

import io.andes.billing.invoice.api.BillingViews;
import java.time.LocalDate;
import java.util.List;

/** The invoices of every tenant, for staff: a read across tenants that states the tenant itself. */
public interface InvoiceDirectory {

    /** The rows matching {@code search}; an invoice pending after its due date reads VENCIDA on {@code today}. */
    List<BillingViews.StaffInvoiceRow> list(BillingViews.InvoiceSearch search, LocalDate today, int offset, int limit);

    long count(BillingViews.InvoiceSearch search, LocalDate today);
}
