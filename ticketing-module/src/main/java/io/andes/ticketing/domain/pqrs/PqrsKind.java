package io.andes.ticketing.domain.pqrs;

/** The kind of a PQRS filing, as the customer chooses it. */
public enum PqrsKind {
    PETICION("Petición", "Request"),
    QUEJA("Queja", "Complaint"),
    RECLAMO("Reclamo", "Claim"),
    SUGERENCIA("Sugerencia", "Suggestion");

    private final String spanishLabel;
    private final String englishLabel;

    PqrsKind(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
