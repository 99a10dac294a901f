/**
 * Billing use cases: the renewal run (one transaction per subscription and period), the next-invoice preview built by
 * the same draft, invoice queries and PDFs, billing data, and voiding by staff.
 */
package io.andes.billing.invoice.application;
