package io.andes.ticketing.domain.ticket;

/** Where a ticket stands, from the requester's point of view. */
public enum TicketStatus {
    NUEVO("Nuevo", "New"),
    ABIERTO("Abierto", "Open"),
    EN_ESPERA_CLIENTE("En espera del cliente", "Waiting on customer"),
    RESUELTO("Resuelto", "Solved"),
    CERRADO("Cerrado", "Closed");

    private final String spanishLabel;
    private final String englishLabel;

    TicketStatus(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }

    /** Solved or closed: nobody is working on it, and only a reopening brings it back. */
    public boolean isFinished() {
        return this == RESUELTO || this == CERRADO;
    }
}
