package io.andes.ticketing.application;

import io.andes.core.api.TenantSupportTiers;
import io.andes.ticketing.domain.sla.SlaEvent;
import io.andes.ticketing.domain.sla.SlaEventKind;
import io.andes.ticketing.domain.sla.SlaPolicy;
import io.andes.ticketing.domain.sla.SlaReading;
import io.andes.ticketing.domain.sla.SlaRepository;
import io.andes.ticketing.domain.sla.SlaTarget;
import io.andes.ticketing.domain.sla.SupportTier;
import io.andes.ticketing.domain.ticket.StatusChange;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketRepository;
import io.andes.ticketing.domain.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Keeps a ticket's SLA in step with its status: puts a new ticket under its tenant's tier, stores every status change
 * and moves the due instants with it (waiting on the customer pauses the resolution clock), and keeps the SLA events
 * that say so. Runs inside the caller's transaction, for the bound tenant.
 */
@ApplicationScoped
class SlaTracker {

    @Inject
    SlaClocks clocks;

    @Inject
    SlaRepository sla;

    @Inject
    TicketRepository tickets;

    @Inject
    TenantSupportTiers tiers;

    @Inject
    Clock clock;

    /**
     * A new ticket before it is stored: put under the tier of the tenant's plan, its due instants set, so that its row
     * is written once with them (a tier read after it was stored would flush it first and update it after).
     */
    SlaReading target(Ticket ticket) {
        SupportTier tier = tiers.supportTier(clocks.tenant().id())
                .map(SupportTier::valueOf)
                .orElse(SupportTier.STANDARD);
        ticket.servedUnder(tier, clocks.terms(tier).clause());
        return clocks.reschedule(ticket, List.of(ticket.opening()), clock.instant());
    }

    /** The new ticket once stored, targeted by {@link #target}: its opening kept and its targets noted. */
    void start(Ticket ticket, SlaReading reading) {
        tickets.record(ticket, List.of(ticket.opening()));
        tickets.written(); // the ticket's row, due instants included, before its SLA event refers to it
        targetsSet(ticket, "", reading);
    }

    /** Stores status changes of the ticket, moves its due instants and notes what the changes did to the clock. */
    void record(Ticket ticket, List<StatusChange> changes) {
        tickets.record(ticket, changes);
        if (changes.isEmpty()) {
            return;
        }
        SlaReading reading = clocks.reschedule(ticket, clock.instant());
        List<StatusChange> history = tickets.history(ticket);
        int first = history.size() - changes.size();
        for (int i = Math.max(first, 1); i < history.size(); i++) {
            noteChange(ticket, history.get(i - 1).status(), history.get(i), reading);
        }
    }

    /** Staff raise the ticket to urgent: the tier's urgent targets apply from its opening. */
    void raiseToUrgent(Ticket ticket) {
        if (ticket.raiseToUrgent(clock.instant())) {
            targetsSet(ticket, "Prioridad urgente. ", clocks.reschedule(ticket, clock.instant()));
        }
    }

    private void targetsSet(Ticket ticket, String why, SlaReading reading) {
        SlaPolicy policy = clocks.policy(ticket);
        add(
                ticket,
                SlaEventKind.TARGETS_SET,
                why + policy.clause() + " (" + ticket.supportTier().label(false) + "): "
                        + "primera respuesta " + hours(policy.firstResponseMinutes()) + ", vence "
                        + clocks.local(reading.firstResponse().due()) + "; resolución "
                        + hours(policy.resolutionMinutes()) + ", vence "
                        + clocks.local(reading.resolution().due()) + ".");
    }

    private void noteChange(Ticket ticket, TicketStatus before, StatusChange change, SlaReading reading) {
        TicketStatus after = change.status();
        if (before == TicketStatus.NUEVO && after != TicketStatus.NUEVO) {
            met(ticket, SlaTarget.FIRST_RESPONSE, reading);
        }
        if (after == TicketStatus.EN_ESPERA_CLIENTE) {
            add(ticket, SlaEventKind.PAUSED, "En espera del cliente: el plazo de resolución se detiene.");
        } else if (before == TicketStatus.EN_ESPERA_CLIENTE && !after.isFinished()) {
            add(
                    ticket,
                    SlaEventKind.RESUMED,
                    "El plazo de resolución corre de nuevo; vence "
                            + clocks.local(reading.resolution().due()) + ".");
        }
        if (after.isFinished() && !before.isFinished()) {
            met(ticket, SlaTarget.RESOLUTION, reading);
        }
    }

    private void met(Ticket ticket, SlaTarget target, SlaReading reading) {
        if (!reading.of(target).breached()) {
            add(
                    ticket,
                    SlaEventKind.met(target),
                    "Cumplido; vencía " + clocks.local(reading.of(target).due()) + ".");
        }
    }

    private void add(Ticket ticket, SlaEventKind kind, String detail) {
        sla.add(new SlaEvent(ticket.id(), kind, clock.instant(), detail));
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h hábiles" : minutes + " min hábiles";
    }
}
