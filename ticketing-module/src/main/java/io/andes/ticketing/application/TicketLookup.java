package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.ticketing.domain.numbering.TicketNumber;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketRepository;

/** Finds a ticket of the bound tenant by its number; a malformed, unknown or other tenant's number is the same 404. */
final class TicketLookup {

    private TicketLookup() {}

    static Ticket existing(TicketRepository tickets, String number) {
        TicketNumber parsed;
        try {
            parsed = TicketNumber.parse(number);
        } catch (RuntimeException malformed) {
            throw notFound(number);
        }
        return tickets.find(parsed).orElseThrow(() -> notFound(number));
    }

    /** The ticket, still being worked on: a solved or closed one takes no new visit or meeting (409). */
    static Ticket beingWorkedOn(TicketRepository tickets, String number) {
        Ticket ticket = existing(tickets, number);
        if (!ticket.isOpen()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "El ticket " + number + " ya está resuelto o cerrado: no admite nuevas visitas ni reuniones.",
                    "Ticket " + number + " is already solved or closed: it takes no new visits or meetings.");
        }
        return ticket;
    }

    private static ProblemException notFound(String number) {
        return ProblemException.notFound("el ticket " + number, "Ticket " + number);
    }
}
