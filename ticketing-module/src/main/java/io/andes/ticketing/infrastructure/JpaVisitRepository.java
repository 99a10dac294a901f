package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.ticketing.domain.numbering.VisitNumber;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.visit.ServiceVisit;
import io.andes.ticketing.domain.visit.TicketMeeting;
import io.andes.ticketing.domain.visit.VisitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaVisitRepository implements VisitRepository {

    static final String VISITS = "VISIT";

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public VisitNumber nextFolio() {
        return new VisitNumber(Counters.next(em(), VISITS));
    }

    @Override
    public void add(ServiceVisit visit) {
        em().persist(visit);
    }

    @Override
    public Optional<ServiceVisit> find(Ticket ticket, VisitNumber folio) {
        return em().createQuery(
                        "SELECT v FROM ServiceVisit v WHERE v.ticketId = :ticket AND v.folio = :folio",
                        ServiceVisit.class)
                .setParameter("ticket", ticket.id())
                .setParameter("folio", folio.sequence())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ServiceVisit> visits(Ticket ticket) {
        return em().createQuery(
                        "SELECT v FROM ServiceVisit v WHERE v.ticketId = :ticket ORDER BY v.scheduledAt, v.folio",
                        ServiceVisit.class)
                .setParameter("ticket", ticket.id())
                .getResultList();
    }

    @Override
    public void add(TicketMeeting meeting) {
        em().persist(meeting);
    }

    @Override
    public List<TicketMeeting> meetings(Ticket ticket) {
        return em().createQuery(
                        "SELECT m FROM TicketMeeting m WHERE m.ticketId = :ticket ORDER BY m.startsAt, m.id",
                        TicketMeeting.class)
                .setParameter("ticket", ticket.id())
                .getResultList();
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
