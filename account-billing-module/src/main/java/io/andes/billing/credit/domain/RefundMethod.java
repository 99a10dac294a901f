package io.andes.billing.credit.domain;

/** How a refund went back: to the card by the gateway, or by hand (recorded by billing staff). */
public enum RefundMethod {
    TARJETA,
    TRANSFERENCIA,
    DEPOSITO,
    CHEQUE;

    /** The methods staff record by hand; the card is the gateway's. */
    public boolean manual() {
        return this != TARJETA;
    }
}
