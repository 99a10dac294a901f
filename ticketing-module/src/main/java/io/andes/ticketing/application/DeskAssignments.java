package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.catalog.DeskCatalog;
import io.andes.ticketing.domain.catalog.QueueAgent;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Who works a ticket: a new ticket goes round its queue's agents (the one given a ticket least recently first; the
 * queue's agent rows are locked while one is chosen, so concurrent openings never give the same turn twice), and
 * agents may hand a ticket to someone else, which is an audited staff access to the tenant. The agent rows are shared
 * by every tenant's openings into the queue: an opening chooses its agent last, so that they wait on each other only
 * for the assignment and the commit, not for the whole opening.
 */
@ApplicationScoped
public class DeskAssignments {

    @Inject
    DeskCatalog desk;

    @Inject
    TicketRepository tickets;

    @Inject
    StaffTenantAccess staff;

    @Inject
    TicketPresenter presenter;

    @Inject
    Clock clock;

    /**
     * In the opening's transaction, as its last step: the next agent in turn of the ticket's queue, if the queue has
     * any.
     */
    void roundRobin(Ticket ticket) {
        List<QueueAgent> agents = desk.lockAgents(ticket.queueCode());
        agents.stream().min(QueueAgent.NEXT_IN_TURN).ifPresent(next -> {
            Instant at = ticket.createdAt();
            next.assigned(at);
            ticket.assignTo(next.username(), at);
        });
    }

    /** Hands the ticket to {@code agent}; when the queue has agents, it must be one of them. */
    public TicketViews.Ticket assign(TenantId tenant, String number, String agent, boolean english) {
        String who = agent == null ? "" : agent.strip();
        if (who.isEmpty() || who.length() > 200) {
            throw ProblemException.invalidField(
                    "agent", "es obligatorio", "Indique el agente (usuario).", "Name the agent (user name).");
        }
        return staff.call(tenant, "ticket.assigned", number, "asignación del ticket a " + who, () -> {
            Ticket ticket = TicketLookup.existing(tickets, number);
            List<QueueAgent> agents = desk.agents(ticket.queueCode());
            if (!agents.isEmpty() && agents.stream().noneMatch(a -> a.username().equals(who))) {
                throw ProblemException.invalidField(
                        "agent",
                        "no es agente de la cola " + ticket.queueCode(),
                        "Elija un agente de la cola " + ticket.queueCode() + ".",
                        "Choose an agent of the queue " + ticket.queueCode() + ".");
            }
            ticket.assignTo(who, clock.instant());
            return presenter.whole(ticket, true, english);
        });
    }
}
