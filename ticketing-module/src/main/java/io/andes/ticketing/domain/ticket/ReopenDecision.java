package io.andes.ticketing.domain.ticket;

/** Whether a ticket can be reopened now and, when not, what the requester should do instead. */
public enum ReopenDecision {
    ALLOWED,
    /** Still being worked on: there is nothing to reopen, the requester simply replies. */
    NOT_FINISHED,
    /** Merged into another ticket: the conversation continues there, never here. */
    MERGED,
    /** The reopening window has passed: open a new ticket linked to this one. */
    OPEN_LINKED_TICKET_INSTEAD;

    public boolean allowed() {
        return this == ALLOWED;
    }
}
