package io.andes.ticketing.domain.sla;

/** The two promises of an SLA policy: a first answer, and the solution. */
public enum SlaTarget {
    FIRST_RESPONSE("primera respuesta", "first response"),
    RESOLUTION("resolución", "resolution");

    private final String spanishLabel;
    private final String englishLabel;

    SlaTarget(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
