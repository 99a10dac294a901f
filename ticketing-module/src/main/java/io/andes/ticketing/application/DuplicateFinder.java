package io.andes.ticketing.application;

import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.ticket.SubjectSimilarity;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;

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
        Predicate<String> verySimilar = SubjectSimilarity.standard().verySimilarTo(subject);
        return tickets.recentOpen(COMPARED).stream()
                .filter(t -> t.categoryId() == categoryId || verySimilar.test(t.subject()))
                .limit(SHOWN)
                .map(t -> new TicketViews.SimilarTicket(t.number().formatted(), t.subject()))
                .toList();
    }
}
