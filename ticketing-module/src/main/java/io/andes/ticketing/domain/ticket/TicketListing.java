package io.andes.ticketing.domain.ticket;

import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.numbering.TicketNumber;
import java.time.Instant;
import java.util.Optional;

/**
 * A ticket as a list shows it — number, subject, status, category, dates, its request — read as a projection, so a
 * page of the history never loads descriptions or the search copy.
 */
public record TicketListing(
        TicketNumber number,
        String subject,
        TicketStatus status,
        long categoryId,
        Instant createdAt,
        Instant updatedAt,
        Optional<RequestNumber> requestNumber) {

    public static TicketListing of(Ticket ticket) {
        return new TicketListing(
                ticket.number(),
                ticket.subject(),
                ticket.status(),
                ticket.categoryId(),
                ticket.createdAt(),
                ticket.updatedAt(),
                ticket.requestNumber());
    }
}
