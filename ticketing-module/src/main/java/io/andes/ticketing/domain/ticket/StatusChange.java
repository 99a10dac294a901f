package io.andes.ticketing.domain.ticket;

import java.time.Instant;
import java.util.Objects;

/** The ticket entered {@code status} at {@code at}; a ticket's history is the list of these, oldest first. */
public record StatusChange(Instant at, TicketStatus status) {

    public StatusChange {
        Objects.requireNonNull(at);
        Objects.requireNonNull(status);
    }
}
