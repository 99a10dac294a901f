package io.andes.ticketing.infrastructure;

import io.andes.core.infrastructure.CounterRows;
import io.andes.ticketing.domain.ticket.TicketCounter;
import jakarta.persistence.EntityManager;

/** Takes the bound tenant's next number of one kind under a row lock held until the transaction ends. */
final class Counters {

    private Counters() {}

    static int next(EntityManager em, String kind) {
        return CounterRows.next(em, TicketCounter.TABLE, kind);
    }
}
