package io.andes.ticketing.domain.pqrs;

/**
 * Where a PQRS stands: filed (radicada), being handled after the requester added to it (en trámite), answered by the
 * vendor (respondida), or closed (cerrada), after which nothing more is taken.
 */
public enum PqrsStatus {
    RADICADA("Radicada", "Filed"),
    EN_TRAMITE("En trámite", "In progress"),
    RESPONDIDA("Respondida", "Answered"),
    CERRADA("Cerrada", "Closed");

    private final String spanishLabel;
    private final String englishLabel;

    PqrsStatus(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
