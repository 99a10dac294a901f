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
        SlaReading reading = clocks.reading(ticket, clock.instant());
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
                forStaff ? events(ticket) : List.of());
    }

    private List<TicketViews.SlaEvent> events(Ticket ticket) {
        return sla.events(ticket).stream()
                .map(e -> new TicketViews.SlaEvent(e.kind().name(), e.occurredAt(), e.detail()))
                .toList();
    }
}
