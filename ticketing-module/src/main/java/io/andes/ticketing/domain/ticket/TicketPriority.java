package io.andes.ticketing.domain.ticket;

/** How urgently a ticket must be worked: staff raise a ticket to URGENT, which puts it first and tightens its SLA. */
public enum TicketPriority {
    NORMAL("Normal", "Normal"),
    URGENT("Urgente", "Urgent");

    private final String spanishLabel;
    private final String englishLabel;

    TicketPriority(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
