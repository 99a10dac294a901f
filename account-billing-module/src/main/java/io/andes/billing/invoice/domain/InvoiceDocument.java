package io.andes.billing.invoice.domain;

import io.andes.billing.invoice.api.BillingViews;

/** Renders an invoice as the PDF the tenant downloads, in Spanish, every line explained. */
public interface InvoiceDocument {

    byte[] pdf(BillingViews.Invoice invoice);
}
