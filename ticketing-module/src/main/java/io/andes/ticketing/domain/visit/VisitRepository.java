package io.andes.ticketing.domain.visit;

import io.andes.ticketing.domain.numbering.VisitNumber;
import io.andes.ticketing.domain.ticket.Ticket;
import java.util.List;
import java.util.Optional;

/** The bound tenant's service visits and meetings. */
public interface VisitRepository {

    /** The next folio of the bound tenant; holds a lock on its counter until the transaction ends. */
    VisitNumber nextFolio();

    void add(ServiceVisit visit);

    /** The ticket's visit with this folio; a folio of another ticket is not found. */
    Optional<ServiceVisit> find(Ticket ticket, VisitNumber folio);

    /** The ticket's visits by scheduled date. */
    List<ServiceVisit> visits(Ticket ticket);

    void add(TicketMeeting meeting);

    /** The ticket's meetings by start. */
    List<TicketMeeting> meetings(Ticket ticket);
}
