package io.andes.billing.advisor.domain;

/** The store items an advisor may quote: the add-ons a tenant buys in the store. */
public enum QuoteProduct implements Bilingual {
    USERS("Usuarios adicionales", "Additional users"),
    DTE_PACK("Paquete de documentos tributarios electrónicos", "Electronic tax document pack"),
    WORKERS("Trabajadores adicionales", "Additional workers"),
    LEGAL_ENTITIES("Razones sociales adicionales", "Additional legal entities"),
    PRIORITY_SUPPORT("Soporte prioritario", "Priority support");

    private final String spanishLabel;
    private final String englishLabel;

    QuoteProduct(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    public static QuoteProduct parse(String raw) {
        return Bilingual.parse(QuoteProduct.class, "product", raw);
    }

    @Override
    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
