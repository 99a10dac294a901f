package io.andes.ticketing.application;

import io.andes.core.api.Notifications;
import io.andes.core.api.OutgoingEmail;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantBinding;
import io.andes.ticketing.api.UrgentTargetMissed;
import io.andes.ticketing.domain.sla.SlaEvent;
import io.andes.ticketing.domain.sla.SlaEventKind;
import io.andes.ticketing.domain.sla.SlaReading;
import io.andes.ticketing.domain.sla.SlaRepository;
import io.andes.ticketing.domain.sla.SlaTarget;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The escalation job's work: find tickets of any tenant that went past a due instant, and for each breached target
 * note the breach once, keep the BREACHED and ESCALATED events and queue a mail to {@code
 * andes.support.escalation-address} (the outbox, in the same transaction). Each ticket is checked as its own
 * tenant's, locked, in a transaction of its own; a breach noted before is never escalated again. A breach of an urgent
 * ticket also fires {@link UrgentTargetMissed} in that transaction (billing proposes a credit when the urgency was paid).
 */
@ApplicationScoped
public class SlaEscalation {

    static final int BATCH = 50;

    @Inject
    SlaRepository sla;

    @Inject
    SlaClocks clocks;

    @Inject
    Notifications notifications;

    @Inject
    TenantBinding binding;

    @Inject
    Transactions transactions;

    @Inject
    Event<UrgentTargetMissed> urgentMissed;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "andes.support.escalation-address", defaultValue = "escalamiento@andes.local")
    String escalationAddress;

    @Inject
    @ConfigProperty(name = "andes.web.url", defaultValue = "http://127.0.0.1:8080")
    String webUrl;

    /**
     * One round: checks every overdue ticket found; answers how many were looked at. Jobs run outside any HTTP
     * request, so the round opens a request context of its own for the tenant binding.
     */
    @ActivateRequestContext
    public int checkOverdue() {
        List<SlaRepository.OverdueTicket> overdue = transactions.requiresNew(() -> sla.overdue(clock.instant(), BATCH));
        for (SlaRepository.OverdueTicket candidate : overdue) {
            binding.callAs(candidate.tenant(), () -> transactions.requiresNew(() -> check(candidate.ticketId())));
        }
        return overdue.size();
    }

    private boolean check(String ticketId) {
        Ticket ticket = sla.lockForCheck(ticketId).orElse(null);
        if (ticket == null) {
            return false;
        }
        Instant now = clock.instant();
        SlaReading reading = clocks.reschedule(ticket, now);
        for (SlaTarget target : SlaTarget.values()) {
            if (reading.breached(target) && ticket.breachNoted(target, now)) {
                escalate(ticket, target, reading, now);
            }
        }
        return true;
    }

    private void escalate(Ticket ticket, SlaTarget target, SlaReading reading, Instant now) {
        String due = clocks.local(reading.of(target).due());
        String tenant = clocks.tenant().id().value();
        sla.add(new SlaEvent(
                ticket.id(),
                SlaEventKind.breached(target),
                now,
                "Plazo de " + target.label(false) + " vencido el " + due + " (" + ticket.slaClause() + ")."));
        notifications.queueEmail(OutgoingEmail.plain(
                escalationAddress,
                "Escalamiento SLA: " + ticket.number().formatted() + " de " + tenant + " — " + target.label(false)
                        + " vencida",
                text(ticket, tenant, target, due)));
        // the escalation follows the breach it reports: one microsecond (the stored precision) keeps them in order
        sla.add(new SlaEvent(
                ticket.id(),
                SlaEventKind.ESCALATED,
                now.plus(1, ChronoUnit.MICROS),
                "Aviso enviado a " + escalationAddress + "."));
        if (ticket.priority() == TicketPriority.URGENT) {
            urgentMissed.fire(new UrgentTargetMissed(
                    clocks.tenant().id(),
                    ticket.number().formatted(),
                    target.name(),
                    reading.of(target).due()));
        }
    }

    private String text(Ticket ticket, String tenant, SlaTarget target, String due) {
        return "Cliente: " + tenant + "\nTicket: " + ticket.number().formatted() + " — " + ticket.subject()
                + "\nNivel de soporte: " + ticket.supportTier().label(false) + " (" + ticket.slaClause() + ")"
                + "\nPrioridad: " + ticket.priority().label(false) + "\nCola: " + ticket.queueCode()
                + "\nPlazo vencido: " + target.label(false) + ", vencía el " + due
                + "\n\nConsola: " + webUrl + "/admin/ticket.xhtml?cliente=" + tenant + "&numero="
                + ticket.number().formatted() + "\n\nSLA breach: the " + target.label(true) + " target of this ticket"
                + " has passed.";
    }
}
