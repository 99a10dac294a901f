package io.andes.ticketing.application;

import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketMessage;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Instant;

/**
 * What the vendor's agents do on a tenant's ticket: answer publicly (the requester is notified), leave internal notes
 * (never shown to the tenant), ask the requester and resolve. Each action is a staff access to that tenant, audited
 * in its log.
 */
@ApplicationScoped
public class SupportDesk {

    @Inject
    StaffTenantAccess staff;

    @Inject
    TicketRepository tickets;

    @Inject
    TicketPresenter presenter;

    @Inject
    TicketNotices notices;

    @Inject
    TicketWebhooks webhooks;

    @Inject
    SlaTracker sla;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    public TicketViews.Message answer(
            TenantId tenant, String number, String body, boolean internal, boolean waitForCustomer) {
        return staff.call(tenant, internal ? "ticket.noted" : "ticket.answered", number, "atención del ticket", () -> {
            Ticket ticket = TicketLookup.existing(tickets, number);
            Instant at = clock.instant();
            String agent = caller.get().username();
            TicketMessage message = TicketMessage.fromAgent(ticket, agent, body, internal, at);
            tickets.add(message);
            if (internal) {
                ticket.touched(at);
            } else {
                sla.record(ticket, ticket.agentAnswered(tenant, agent, waitForCustomer, at));
                notices.answered(ticket, message);
                webhooks.updated(ticket);
            }
            return TicketPresenter.message(message);
        });
    }

    public TicketViews.Ticket resolve(TenantId tenant, String number, boolean english) {
        return staff.call(tenant, "ticket.resolved", number, "atención del ticket", () -> {
            Ticket ticket = TicketLookup.existing(tickets, number);
            sla.record(ticket, ticket.resolve(tenant, clock.instant()));
            notices.statusChanged(ticket);
            return presenter.whole(ticket, true, english);
        });
    }

    /** Raises the ticket to urgent with the agent's reason, kept in the audit log and as an internal note. */
    public TicketViews.Ticket markUrgent(TenantId tenant, String number, String reason, boolean english) {
        String why = StaffTenantAccess.requireReason(reason);
        return staff.call(tenant, "ticket.urgent", number, why, () -> {
            Ticket ticket = TicketLookup.existing(tickets, number);
            sla.raiseToUrgent(ticket);
            tickets.add(TicketMessage.fromAgent(
                    ticket, caller.get().username(), "Marcado como urgente: " + why, true, clock.instant()));
            return presenter.whole(ticket, true, english);
        });
    }

    public TicketViews.Ticket view(TenantId tenant, String number, String reason, boolean english) {
        return staff.call(
                tenant,
                "ticket.read",
                number,
                reason,
                () -> presenter.whole(TicketLookup.existing(tickets, number), true, english));
    }
}
