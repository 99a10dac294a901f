package io.andes.billing.advisor.domain;

/** A quote waits for the tenant admin (pendiente) until accepted (aceptada) or replaced by a newer one (reemplazada). */
public enum QuoteStatus implements Bilingual {
    PENDIENTE("Pendiente", "Pending"),
    ACEPTADA("Aceptada", "Accepted"),
    REEMPLAZADA("Reemplazada", "Replaced");

    private final String spanishLabel;
    private final String englishLabel;

    QuoteStatus(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    @Override
    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
