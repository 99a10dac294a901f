package io.andes.ticketing.application;

import io.andes.core.api.TenantSummary;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import io.andes.ticketing.domain.sla.SlaClock;
import io.andes.ticketing.domain.sla.SlaPolicy;
import io.andes.ticketing.domain.sla.SlaReading;
import io.andes.ticketing.domain.sla.SlaRepository;
import io.andes.ticketing.domain.sla.SupportTier;
import io.andes.ticketing.domain.sla.TierSla;
import io.andes.ticketing.domain.ticket.StatusChange;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The SLA clock of a bound tenant's ticket: its tier's policy for its priority, in the business calendar of the
 * tenant's country and time zone. Also writes the due instants back on the ticket, for ordering and escalation.
 */
@ApplicationScoped
class SlaClocks {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    SlaRepository sla;

    @Inject
    TicketRepository tickets;

    @Inject
    TenantCalendars calendars;

    TierSla terms(SupportTier tier) {
        return sla.terms(tier).orElseThrow(() -> new IllegalStateException("No SLA policy for the tier " + tier));
    }

    SlaPolicy policy(Ticket ticket) {
        return terms(ticket.supportTier()).policy(ticket.priority());
    }

    /** The ticket measured now; its stored due instants are brought up to date. */
    SlaReading reschedule(Ticket ticket, Instant now) {
        return reschedule(ticket, tickets.history(ticket), now);
    }

    /** The same for a ticket whose whole status history the caller holds (one opened in its transaction). */
    SlaReading reschedule(Ticket ticket, List<StatusChange> history, Instant now) {
        SlaReading reading = reading(ticket, history, now);
        ticket.due(reading.firstResponse().due(), reading.resolution().due());
        return reading;
    }

    /** The ticket measured now, changing nothing. */
    SlaReading reading(Ticket ticket, Instant now) {
        return reading(ticket, tickets.history(ticket), now);
    }

    SlaReading reading(Ticket ticket, List<StatusChange> history, Instant now) {
        return SlaReading.of(new SlaClock(calendar(), policy(ticket)), history, now);
    }

    BusinessCalendar calendar() {
        return calendars.current();
    }

    /** An instant as the tenant's clock shows it, for the SLA events' words and the escalation mail. */
    String local(Instant instant) {
        ZoneId zone = calendars.tenant().zone();
        return LOCAL.withZone(zone).format(instant) + " (" + zone + ")";
    }

    TenantSummary tenant() {
        return calendars.tenant();
    }
}
