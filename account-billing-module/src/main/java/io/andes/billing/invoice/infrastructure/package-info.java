/** Billing's persistence (invoices, counters, runs), the OpenPDF invoice document and the scheduled renewal. */
package io.andes.billing.invoice.infrastructure;
