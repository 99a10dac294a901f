package io.andes.billing.advisor.domain;

/** A session the advisor schedules with the tenant. */
public enum SessionKind implements Bilingual {
    DEMOSTRACION("Demostración", "Demonstration"),
    CAPACITACION("Capacitación", "Training");

    private final String spanishLabel;
    private final String englishLabel;

    SessionKind(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    public static SessionKind parse(String raw) {
        return Bilingual.parse(SessionKind.class, "kind", raw);
    }

    @Override
    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
