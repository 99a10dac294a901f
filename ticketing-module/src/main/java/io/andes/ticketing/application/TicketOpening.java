package io.andes.ticketing.application;

import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.ticket.Requester;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketContent;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Opens a ticket inside the caller's transaction, alone or as an item of a multi-item request: numbered, in its
 * category's queue (claims and cancellations go to the administrative area) and handed to its next agent, its SLA
 * targets set by the tenant's tier, a cancellation dated by its notice.
 */
@ApplicationScoped
class TicketOpening {

    @Inject
    TicketRepository tickets;

    @Inject
    TenantCalendars calendars;

    @Inject
    TicketWebhooks webhooks;

    @Inject
    SlaTracker sla;

    @Inject
    DeskAssignments assignments;

    Ticket open(TicketCategory category, TicketContent content, Requester requester, Instant at) {
        return open(category, content, requester, at, null);
    }

    Ticket open(TicketCategory category, TicketContent content, Requester requester, Instant at, RequestNumber of) {
        Ticket ticket = new Ticket(tickets.nextNumber(), category, content, requester, at);
        if (of != null) {
            ticket.belongsTo(of);
        }
        ticket.noticeGiven(category, calendars.current().zone());
        assignments.roundRobin(ticket);
        tickets.add(ticket);
        sla.start(ticket);
        webhooks.created(ticket);
        return ticket;
    }
}
