package io.andes.billing.credit.domain;

/** A ledger entry: a credit note adds to the balance, an invoice applies (takes) it, a refund request leaves it. */
public enum LedgerKind {
    CREDIT_NOTE,
    APPLIED,
    REFUND_REQUESTED
}
