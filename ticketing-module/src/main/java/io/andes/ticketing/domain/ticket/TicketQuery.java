package io.andes.ticketing.domain.ticket;

import java.time.Instant;

/**
 * Filters of a tenant's ticket history, each optional: status, category, created in [from, to), and a text that matches
 * the number, the subject or the description.
 */
public record TicketQuery(TicketStatus status, Long categoryId, Instant from, Instant to, String text) {

    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null, null);
    }
}
