package io.andes.ticketing.application;

import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.ticket.SubjectSimilarity;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Before a ticket is opened: the tenant's open tickets in the same category or with a very similar subject, so the
 * user can add to one of them instead. Only the most recent open tickets are compared; older ones are rarely the same
 * problem.
 */
@ApplicationScoped
class DuplicateFinder {

    private static final int COMPARED = 200;
    private static final int SHOWN = 5;

    @Inject
    TicketRepository tickets;

    List<TicketViews.SimilarTicket> similarOpen(long categoryId, String subject) {
        SubjectSimilarity similarity = SubjectSimilarity.standard();
        return tickets.recentOpen(COMPARED).stream()
                .filter(t -> t.categoryId() == categoryId || similarity.verySimilar(t.subject(), subject))
                .limit(SHOWN)
                .map(t -> new TicketViews.SimilarTicket(t.number().formatted(), t.subject()))
                .toList();
    }
}
