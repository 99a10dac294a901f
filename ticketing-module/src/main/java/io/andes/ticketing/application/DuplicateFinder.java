package io.andes.ticketing.application;

import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.ticket.SubjectSimilarity;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;

/**
 * Before a ticket is opened (the portal asks while the form is filled, integrators through
 * {@code GET /api/v1/tickets/similar-open}): the tenant's open tickets in the same category or with a very similar
 * subject, so the user can add to one of them instead. Opening a ticket does not ask again. Only the most recent open
 * tickets are compared; older ones are rarely the same problem.
 */
@ApplicationScoped
class DuplicateFinder {

    private static final int COMPARED = 200;
    private static final int SHOWN = 5;

    @Inject
    TicketRepository tickets;

    /** {@code categoryId} null: by subject only; {@code subject} empty: by category only. */
    List<TicketViews.SimilarTicket> similarOpen(Long categoryId, String subject) {
        Predicate<String> verySimilar = SubjectSimilarity.standard().verySimilarTo(subject);
        return tickets.recentOpen(COMPARED).stream()
                .filter(t -> (categoryId != null && t.categoryId() == categoryId) || verySimilar.test(t.subject()))
                .limit(SHOWN)
                .map(t -> new TicketViews.SimilarTicket(t.number().formatted(), t.subject()))
                .toList();
    }
}
