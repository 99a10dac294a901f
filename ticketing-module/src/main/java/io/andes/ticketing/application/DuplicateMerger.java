package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.numbering.TicketNumber;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketMessage;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Agents merge a duplicate into the ticket that stays: the duplicate is closed for good with a pointer to the other,
 * and both get a system message saying so. Only two different open tickets of the same tenant merge; anything else is
 * a 409 that changes nothing. An audited staff access to that tenant.
 */
@ApplicationScoped
public class DuplicateMerger {

    @Inject
    StaffTenantAccess staff;

    @Inject
    TicketRepository tickets;

    @Inject
    SlaTracker sla;

    @Inject
    TicketPresenter presenter;

    @Inject
    Clock clock;

    public TicketViews.Ticket merge(TenantId tenant, String number, String targetNumber, boolean english) {
        return staff.call(tenant, "ticket.merged", number, "fusión de tickets duplicados", () -> {
            Ticket duplicate = TicketLookup.existing(tickets, number);
            Ticket target = target(targetNumber);
            if (target.id().equals(duplicate.id())) {
                throw refused("Un ticket no se fusiona consigo mismo.", "A ticket cannot be merged into itself.");
            }
            if (!duplicate.isOpen() || !target.isOpen()) {
                throw refused(
                        "Solo se fusionan tickets abiertos; uno de los dos ya está resuelto o cerrado.",
                        "Only open tickets merge; one of the two is already solved or closed.");
            }
            Instant at = clock.instant();
            sla.record(duplicate, duplicate.mergeInto(tenant, target, at));
            tickets.add(TicketMessage.fromSystem(
                    duplicate,
                    "Ticket fusionado con " + target.number().formatted() + ": la conversación sigue allí.",
                    at));
            tickets.add(TicketMessage.fromSystem(
                    target,
                    "Se fusionó aquí el ticket duplicado " + duplicate.number().formatted() + ".",
                    at));
            target.touched(at);
            return presenter.whole(duplicate, true, english);
        });
    }

    /** The ticket that stays, among this tenant's: a number it does not have is a conflict, not someone else's. */
    private Ticket target(String targetNumber) {
        TicketNumber parsed;
        try {
            parsed = TicketNumber.parse(targetNumber);
        } catch (RuntimeException malformed) {
            throw ProblemException.invalidField(
                    "into",
                    "debe ser un número de ticket como T-000007",
                    "Indique el ticket destino como T-000007.",
                    "Give the target ticket as T-000007.");
        }
        return tickets.find(parsed)
                .orElseThrow(() -> refused(
                        "El ticket destino no es de este cliente.", "The target ticket is not one of this tenant's."));
    }

    private static ProblemException refused(String spanish, String english) {
        return new ProblemException(ProblemType.CONFLICT, spanish, english);
    }
}
