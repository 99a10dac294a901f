package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.ticketing.domain.ticket.DeskQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * Which queues a staff member works: support agents and platform admins all of them; billing staff only the
 * administrative queue (claims, cancellations, billing questions); advisors none, they never see support tickets.
 */
@ApplicationScoped
public class DeskAccess {

    public static final String ADMINISTRATIVE_QUEUE = "administrativa";

    @Inject
    Provider<CurrentUser> caller;

    /** The query as the caller may run it; a queue they do not work is a 403. */
    DeskQuery restrict(DeskQuery query) {
        CurrentUser user = caller.get();
        if (user.hasRole(Roles.SUPPORT_AGENT) || user.hasRole(Roles.PLATFORM_ADMIN)) {
            return query;
        }
        if (!user.hasRole(Roles.BILLING_STAFF)) {
            throw forbidden();
        }
        if (query.queue() != null && !ADMINISTRATIVE_QUEUE.equals(query.queue())) {
            throw forbidden();
        }
        return new DeskQuery(ADMINISTRATIVE_QUEUE, query.statuses(), query.priority(), query.assignee());
    }

    /** Whether the caller works every queue (and so may act on any ticket from the console). */
    public boolean worksAllQueues() {
        CurrentUser user = caller.get();
        return user.hasRole(Roles.SUPPORT_AGENT) || user.hasRole(Roles.PLATFORM_ADMIN);
    }

    /** For the desk set-up, which pages reach without the REST role filter: one of {@code roles}, or a 403. */
    void require(String... roles) {
        CurrentUser user = caller.get();
        for (String role : roles) {
            if (user.hasRole(role)) {
                return;
            }
        }
        throw forbidden();
    }

    private static ProblemException forbidden() {
        return new ProblemException(
                ProblemType.FORBIDDEN,
                "Esta cola de tickets no es de su área.",
                "This ticket queue is not your area's.");
    }
}
