package io.andes.billing.invoice.api;

/**
 * A renewal invoice was stored: fired synchronously inside the renewal's transaction, so that what observers write
 * (the automatic payment's due row) commits with the invoice or not at all. Observers must not call out.
 */
public record RenewalInvoiceIssued(String invoiceId, String number) {}
