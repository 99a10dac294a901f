package io.andes.billing.invoice.domain;

/**
 * What an invoice closes: a renewal (the new period in advance), a cancellation's settlement (pending charges), or a
 * store order paid online at once (its prorated amount).
 */
public enum InvoiceKind {
    RENOVACION,
    TERMINO,
    ORDEN
}
