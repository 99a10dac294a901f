package io.andes.ticketing.application;

import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.sla.SlaPhase;
import io.andes.ticketing.domain.sla.SlaReading;
import io.andes.ticketing.domain.sla.SlaRepository;
import io.andes.ticketing.domain.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** A ticket's SLA as its views show it, measured now; the events only for staff. */
@ApplicationScoped
class SlaFacts {

    @Inject
    SlaClocks clocks;

    @Inject
    SlaRepository sla;

    @Inject
    Clock clock;

    TicketViews.Sla of(Ticket ticket, boolean forStaff, boolean english) {
        return of(ticket, clocks.reading(ticket, clock.instant()), forStaff ? events(ticket) : List.of(), english);
    }

    /** A ticket opened in this transaction: its history is its opening alone, and the requester sees no events. */
    TicketViews.Sla ofOpened(Ticket ticket, boolean english) {
        return of(ticket, clocks.reading(ticket, List.of(ticket.opening()), clock.instant()), List.of(), english);
    }

    private TicketViews.Sla of(Ticket ticket, SlaReading reading, List<TicketViews.SlaEvent> events, boolean english) {
        return new TicketViews.Sla(
                ticket.supportTier().name(),
                ticket.supportTier().label(english),
                clocks.policy(ticket).clause(),
                ticket.priority().name(),
                ticket.priority().label(english),
                reading.firstResponse().due(),
                reading.firstResponse().phase() == SlaPhase.STOPPED
                        && !reading.firstResponse().breached(),
                reading.resolution().due(),
                reading.resolution().phase() == SlaPhase.PAUSED,
                reading.standing().name(),
                clocks.calendar().zone().getId(),
                events);
    }

    private List<TicketViews.SlaEvent> events(Ticket ticket) {
        return sla.events(ticket).stream()
                .map(e -> new TicketViews.SlaEvent(e.kind().name(), e.occurredAt(), e.detail()))
                .toList();
    }
}
