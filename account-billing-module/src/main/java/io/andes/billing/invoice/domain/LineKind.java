package io.andes.billing.invoice.domain;

/** What an invoice line charges: the plan or an add-on for the new period, a proration of the period that ends, a credit. */
public enum LineKind {
    PLAN,
    ADDON,
    PRORATION,
    CREDIT
}
