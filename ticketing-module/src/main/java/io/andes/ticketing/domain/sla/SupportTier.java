package io.andes.ticketing.domain.sla;

/** The support level a tenant contracted; each tier gets its own {@link SlaPolicy}, never numbers in code. */
public enum SupportTier {
    STANDARD("Estándar", "Standard"),
    PRIORITARIO("Prioritario", "Priority");

    private final String spanishLabel;
    private final String englishLabel;

    SupportTier(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
