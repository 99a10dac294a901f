package io.andes.ticketing.infrastructure;

import io.andes.core.infrastructure.CounterRows;
import io.andes.ticketing.domain.ticket.TicketCounter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Takes the bound tenant's next number of one kind under a row lock held until the transaction ends. */
final class Counters {

    private Counters() {}

    static int next(EntityManager em, String kind) {
        TicketCounter counter = em.find(TicketCounter.class, kind, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            CounterRows.createIfAbsent(em, "ticket_counter", kind);
            counter = em.find(TicketCounter.class, kind, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }
}
