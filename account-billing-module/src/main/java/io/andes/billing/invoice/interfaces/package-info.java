/** Renewal invoicing: invoices numbered without gaps, the renewal run, the preview, billing data and PDFs. */
package io.andes.billing.invoice;
