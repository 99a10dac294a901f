package io.andes.billing.invoice.domain;

/** An invoice's status as the tenant reads it: pending, paid, overdue, voided. */
public enum InvoiceStatus {
    PENDIENTE,
    PAGADA,
    VENCIDA,
    ANULADA
}
