package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.VisitViews;
import io.andes.ticketing.domain.numbering.VisitNumber;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketRepository;
import io.andes.ticketing.domain.visit.RemoteChecklist;
import io.andes.ticketing.domain.visit.ServiceVisit;
import io.andes.ticketing.domain.visit.VisitPlan;
import io.andes.ticketing.domain.visit.VisitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Service visits on a ticket: agents schedule one after the remote checklist (the requester is mailed) and record its
 * outcome; the tenant's people follow them. Each agent action is an audited staff access to that tenant.
 */
@ApplicationScoped
public class ServiceVisits {

    private static final String WHY = "visita de servicio";

    @Inject
    StaffTenantAccess staff;

    @Inject
    TicketRepository tickets;

    @Inject
    VisitRepository visits;

    @Inject
    TicketNotices notices;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    public VisitViews.Visit schedule(TenantId tenant, String number, RemoteChecklist checklist, VisitPlan plan) {
        return staff.call(tenant, "visit.scheduled", number, WHY, () -> {
            Ticket ticket = TicketLookup.beingWorkedOn(tickets, number);
            ServiceVisit visit = new ServiceVisit(
                    visits.nextFolio(), ticket, checklist, plan, caller.get().username(), clock.instant());
            visits.add(visit);
            ticket.touched(clock.instant());
            notices.visitScheduled(ticket, visit);
            return VisitPresenter.visit(ticket, visit);
        });
    }

    public VisitViews.Visit recordOutcome(TenantId tenant, String number, String folio, boolean done, String outcome) {
        return staff.call(tenant, "visit.outcome", number + " " + folio, WHY, () -> {
            Ticket ticket = TicketLookup.existing(tickets, number);
            ServiceVisit visit = existing(ticket, folio);
            visit.recordOutcome(done, outcome, clock.instant());
            ticket.touched(clock.instant());
            return VisitPresenter.visit(ticket, visit);
        });
    }

    public List<VisitViews.Visit> forStaff(TenantId tenant, String number, String reason) {
        return staff.call(tenant, "visit.read", number, reason, () -> list(number));
    }

    /** The bound tenant's view of a ticket's visits. */
    @Transactional
    public List<VisitViews.Visit> forTenant(String number) {
        return list(number);
    }

    private List<VisitViews.Visit> list(String number) {
        Ticket ticket = TicketLookup.existing(tickets, number);
        return visits.visits(ticket).stream()
                .map(v -> VisitPresenter.visit(ticket, v))
                .toList();
    }

    private ServiceVisit existing(Ticket ticket, String folio) {
        VisitNumber parsed;
        try {
            parsed = VisitNumber.parse(folio);
        } catch (RuntimeException malformed) {
            throw notFound(folio);
        }
        return visits.find(ticket, parsed).orElseThrow(() -> notFound(folio));
    }

    private static ProblemException notFound(String folio) {
        return ProblemException.notFound("la visita " + folio, "Visit " + folio);
    }
}
