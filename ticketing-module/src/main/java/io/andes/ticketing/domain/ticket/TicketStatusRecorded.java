package io.andes.ticketing.domain.ticket;

import java.util.List;

/**
 * Fired, inside the transaction, whenever a ticket's status history grows: the one place every status change passes
 * through, so that observers (outbound webhooks) see all of them, whoever made the change.
 */
public record TicketStatusRecorded(Ticket ticket, List<StatusChange> changes) {

    /** Whether this is only the ticket's opening entry, announced as created rather than updated. */
    public boolean onlyOpening() {
        return changes.equals(List.of(ticket.opening()));
    }
}
