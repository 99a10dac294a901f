package io.andes.ticketing.application;

import io.andes.ticketing.api.TicketFacts;
import io.andes.ticketing.domain.numbering.TicketNumber;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketMessage;
import io.andes.ticketing.domain.ticket.TicketPriority;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** Billing's view of the bound tenant's tickets, in the caller's transaction. */
@ApplicationScoped
class TicketFactsLookup implements TicketFacts {

    @Inject
    TicketRepository tickets;

    @Inject
    SlaTracker sla;

    @Inject
    Clock clock;

    @Override
    public Optional<Fact> find(String number) {
        try {
            return tickets.find(TicketNumber.parse(number)).map(TicketFactsLookup::fact);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public Fact raiseToUrgent(String number, String note) {
        Ticket ticket = TicketLookup.existing(tickets, number);
        sla.raiseToUrgent(ticket);
        tickets.add(TicketMessage.fromAgent(ticket, "Facturación", note, true, clock.instant()));
        return fact(ticket);
    }

    private static Fact fact(Ticket ticket) {
        return new Fact(
                ticket.number().formatted(),
                ticket.subject(),
                ticket.status().name(),
                ticket.isOpen(),
                ticket.priority() == TicketPriority.URGENT,
                ticket.effectiveDate().orElse(null));
    }
}
