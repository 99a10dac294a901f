package io.andes.ticketing.domain.ticket;

import java.time.Duration;
import java.time.Instant;

/**
 * A solved or closed ticket can be reopened for {@code windowDays} days (24-hour days, boundary included) counted
 * from the moment it stopped being worked on: its resolution, or its closing when it was closed without being
 * solved. A later auto-close does not extend the window. After that the requester opens a new, linked ticket, so
 * that old conversations do not come back to life with a stale SLA.
 */
public record ReopenPolicy(int windowDays) {

    public static final int DEFAULT_WINDOW_DAYS = 30;

    public ReopenPolicy {
        if (windowDays < 1) {
            throw new IllegalArgumentException("The reopening window is at least one day: " + windowDays);
        }
    }

    public static ReopenPolicy standard() {
        return new ReopenPolicy(DEFAULT_WINDOW_DAYS);
    }

    public ReopenDecision decide(TicketLifecycle ticket, Instant at) {
        if (ticket.isMerged()) {
            return ReopenDecision.MERGED;
        }
        if (ticket.finishedAt().isEmpty()) {
            return ReopenDecision.NOT_FINISHED;
        }
        return at.isAfter(reopenableUntil(ticket.finishedAt().get()))
                ? ReopenDecision.OPEN_LINKED_TICKET_INSTEAD
                : ReopenDecision.ALLOWED;
    }

    /** The last instant at which a ticket finished at {@code finishedAt} can still be reopened. */
    public Instant reopenableUntil(Instant finishedAt) {
        return finishedAt.plus(Duration.ofDays(windowDays));
    }
}
