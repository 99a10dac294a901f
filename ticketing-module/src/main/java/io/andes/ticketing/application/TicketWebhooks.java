package io.andes.ticketing.application;

import io.andes.core.api.Webhooks;
import io.andes.ticketing.domain.catalog.FieldValue;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketStatusRecorded;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Publishes {@code ticket.created} and {@code ticket.updated} to the tenant's webhooks, in the transaction of the
 * change. Every status change passes through {@link TicketStatusRecorded}; a public answer is announced too. One
 * transaction announces a ticket at most once, however many changes it made.
 */
@ApplicationScoped
class TicketWebhooks {

    private static final String ANNOUNCED = TicketWebhooks.class.getName() + ".announced";

    @Inject
    Webhooks webhooks;

    @Inject
    TicketPresenter presenter;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Announces a ticket opened in this transaction with the category field values it was opened with. */
    void created(Ticket ticket, List<FieldValue> fields) {
        if (announced().add(ticket.id())) {
            webhooks.publish("ticket.created", presenter.event(ticket, fields));
        }
    }

    void updated(Ticket ticket) {
        if (announced().add(ticket.id())) {
            webhooks.publish("ticket.updated", presenter.event(ticket));
        }
    }

    void statusRecorded(@Observes TicketStatusRecorded recorded) {
        if (!recorded.onlyOpening()) {
            updated(recorded.ticket());
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> announced() {
        Object held = transaction.getResource(ANNOUNCED);
        if (held == null) {
            held = new HashSet<String>();
            transaction.putResource(ANNOUNCED, held);
        }
        return (Set<String>) held;
    }
}
