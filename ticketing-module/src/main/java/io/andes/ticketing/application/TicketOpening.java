package io.andes.ticketing.application;

import io.andes.ticketing.domain.catalog.FieldValue;
import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.sla.SlaReading;
import io.andes.ticketing.domain.ticket.Requester;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketContent;
import io.andes.ticketing.domain.ticket.TicketFieldValue;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Opens a ticket inside the caller's transaction, alone or as an item of a multi-item request: numbered, in its
 * category's queue with its field values (claims and cancellations go to the administrative area) and handed to its next agent, its SLA
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

    /** Opens a ticket with the category field values already accepted, as an item of request {@code of} if any. */
    Ticket open(
            TicketCategory category,
            TicketContent content,
            List<FieldValue> fields,
            Requester requester,
            Instant at,
            RequestNumber of) {
        Ticket ticket = new Ticket(tickets.nextNumber(), category, content, requester, at);
        if (of != null) {
            ticket.belongsTo(of);
        }
        ticket.noticeGiven(category, calendars.current().zone());
        SlaReading targets = sla.target(ticket);
        tickets.add(ticket);
        fields.forEach(value -> tickets.add(new TicketFieldValue(ticket, value)));
        sla.start(ticket, targets);
        webhooks.created(ticket, fields);
        // last: the queue's agents are the vendor's, shared by every tenant, and stay locked until the commit
        assignments.roundRobin(ticket);
        return ticket;
    }
}
