/**
 * Renewal invoices: the pure {@link io.andes.billing.invoice.domain.InvoiceDraft} both the preview and the run build
 * from, issued invoices and their lines, credit notes, the tenant's billing data and the renewal runs.
 */
package io.andes.billing.invoice.domain;
