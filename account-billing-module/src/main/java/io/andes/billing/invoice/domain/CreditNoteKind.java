package io.andes.billing.invoice.domain;

/**
 * Why a credit note was issued: the void of an invoice, or a credit billing staff grant (an undue charge, a service
 * failure with its outage dates, a cancellation's unused prepaid days, a missed urgent SLA).
 */
public enum CreditNoteKind {
    ANULACION("Anulación de factura"),
    COBRO_INDEBIDO("Cobro indebido"),
    FALLA_SERVICIO("Falla de servicio"),
    TERMINO("Término de contrato"),
    SLA_URGENTE("Soporte urgente fuera de plazo");

    private final String label;

    CreditNoteKind(String label) {
        this.label = label;
    }

    /** As documents print it (Spanish). */
    public String label() {
        return label;
    }
}
