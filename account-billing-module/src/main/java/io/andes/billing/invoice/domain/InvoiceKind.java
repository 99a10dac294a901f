package io.andes.billing.invoice.domain;

/** What an invoice closes: a renewal (the new period in advance) or a cancellation's settlement (pending charges). */
public enum InvoiceKind {
    RENOVACION,
    TERMINO
}
