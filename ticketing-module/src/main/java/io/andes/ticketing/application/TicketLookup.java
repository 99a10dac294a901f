package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
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

    private static ProblemException notFound(String number) {
        return ProblemException.notFound("el ticket " + number, "Ticket " + number);
    }
}
