package io.andes.billing.advisor.domain;

/**
 * The store items an advisor may quote: the add-ons a tenant buys in the store, each with its add-on code in the
 * store's catalog ({@code store_addon}), under which an accepted quote lands in the store's cart.
 */
public enum QuoteProduct implements Bilingual {
    USERS("Usuarios adicionales", "Additional users", "extra-user"),
    DTE_PACK("Paquete de documentos tributarios electrónicos", "Electronic tax document pack", "dte-pack"),
    WORKERS("Trabajadores adicionales", "Additional workers", "worker"),
    LEGAL_ENTITIES("Razones sociales adicionales", "Additional legal entities", "legal-entity"),
    PRIORITY_SUPPORT("Soporte prioritario", "Priority support", "priority-support");

    private final String spanishLabel;
    private final String englishLabel;
    private final String storeCode;

    QuoteProduct(String spanishLabel, String englishLabel, String storeCode) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
        this.storeCode = storeCode;
    }

    /** The add-on's code in the store's catalog. */
    public String storeCode() {
        return storeCode;
    }

    public static QuoteProduct parse(String raw) {
        return Bilingual.parse(QuoteProduct.class, "product", raw);
    }

    @Override
    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
