package io.andes.ticketing.domain.ticket;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.time.Instant;
import java.util.Map;

/** The 409 problems of the ticket lifecycle, worded for the requester in Spanish and English. */
final class TicketRefusals {

    /** Extension value that tells a client to offer "open a linked ticket" instead of "reopen". */
    static final String OPEN_LINKED_TICKET = "open-linked-ticket";

    private TicketRefusals() {}

    static ProblemException illegal(TicketEvent event, TicketStatus status) {
        return new ProblemException(
                ProblemType.CONFLICT,
                "La acción «" + event.action(false) + "» no está permitida en un ticket en estado «"
                        + status.label(false) + "».",
                "The action \"" + event.action(true) + "\" is not allowed on a ticket whose status is \""
                        + status.label(true) + "\".",
                Map.of("ticketStatus", status.name(), "event", event.name()));
    }

    static ProblemException reopen(ReopenDecision decision, TicketLifecycle ticket, ReopenPolicy policy) {
        return switch (decision) {
            case MERGED -> merged(ticket);
            case OPEN_LINKED_TICKET_INSTEAD -> windowPassed(ticket, policy);
            case NOT_FINISHED, ALLOWED -> illegal(TicketEvent.REOPENED, ticket.status());
        };
    }

    private static ProblemException merged(TicketLifecycle ticket) {
        String target = ticket.mergedInto().orElseThrow().formatted();
        return new ProblemException(
                ProblemType.CONFLICT,
                "Este ticket se fusionó con " + target + " y no se puede reabrir; continúe en " + target + ".",
                "This ticket was merged into " + target + " and cannot be reopened; continue on " + target + ".",
                Map.of("mergedInto", target));
    }

    private static ProblemException windowPassed(TicketLifecycle ticket, ReopenPolicy policy) {
        int days = policy.windowDays();
        Instant until = policy.reopenableUntil(ticket.finishedAt().orElseThrow());
        return new ProblemException(
                ProblemType.CONFLICT,
                "Han pasado más de " + days + " días desde que este ticket se resolvió o cerró, por lo que ya no se"
                        + " puede reabrir. Abra un ticket nuevo vinculado a este.",
                "More than " + days + " days have passed since this ticket was solved or closed, so it can no"
                        + " longer be reopened. Open a new ticket linked to this one instead.",
                Map.of("action", OPEN_LINKED_TICKET, "reopenableUntil", until.toString()));
    }

    static ProblemException autoCloseNotDue(Instant closesAt) {
        return new ProblemException(
                ProblemType.CONFLICT,
                "El ticket resuelto aún no se puede cerrar automáticamente; se cerrará el " + closesAt + ".",
                "The solved ticket cannot be closed automatically yet; it closes at " + closesAt + ".",
                Map.of("closesAt", closesAt.toString()));
    }
}
