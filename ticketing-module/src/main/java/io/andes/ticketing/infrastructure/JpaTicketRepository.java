package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.ticketing.domain.attachment.AttachmentContent;
import io.andes.ticketing.domain.attachment.TicketAttachment;
import io.andes.ticketing.domain.numbering.PqrsNumber;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.numbering.TicketNumber;
import io.andes.ticketing.domain.ticket.OpenTicketHeadline;
import io.andes.ticketing.domain.ticket.StatusChange;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketCounter;
import io.andes.ticketing.domain.ticket.TicketFieldValue;
import io.andes.ticketing.domain.ticket.TicketListing;
import io.andes.ticketing.domain.ticket.TicketMessage;
import io.andes.ticketing.domain.ticket.TicketQuery;
import io.andes.ticketing.domain.ticket.TicketRepository;
import io.andes.ticketing.domain.ticket.TicketStatusRecord;
import io.andes.ticketing.domain.ticket.TicketStatusRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaTicketRepository implements TicketRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Inject
    Event<TicketStatusRecorded> recorded;

    @Override
    public TicketNumber nextNumber() {
        return new TicketNumber(Counters.next(em(), TicketCounter.TICKETS));
    }

    @Override
    public RequestNumber nextRequestNumber() {
        return new RequestNumber(Counters.next(em(), TicketCounter.REQUESTS));
    }

    @Override
    public PqrsNumber nextPqrsNumber(int year) {
        return new PqrsNumber(year, Counters.next(em(), TicketCounter.pqrs(year)));
    }

    @Override
    public void add(Ticket ticket) {
        em().persist(ticket);
    }

    @Override
    public void written() {
        em().flush();
    }

    @Override
    public List<Ticket> ofRequest(RequestNumber number) {
        return em().createQuery(
                        "SELECT t FROM Ticket t WHERE t.requestNumber = :request ORDER BY t.number", Ticket.class)
                .setParameter("request", number.sequence())
                .getResultList();
    }

    @Override
    public Optional<Ticket> find(TicketNumber number) {
        return em().createQuery("SELECT t FROM Ticket t WHERE t.number = :number", Ticket.class)
                .setParameter("number", number.sequence())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<TicketListing> search(TicketQuery query, int offset, int limit) {
        return TicketSearch.of(query)
                .select(em())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(TicketSearch::listing)
                .toList();
    }

    @Override
    public long count(TicketQuery query) {
        return TicketSearch.of(query).count(em()).getSingleResult();
    }

    @Override
    public List<OpenTicketHeadline> recentOpen(int limit) {
        return em().createQuery(
                        "SELECT t.number, t.subject, t.categoryId FROM Ticket t WHERE t.openFlag = TRUE"
                                + " ORDER BY t.updatedAt DESC",
                        Object[].class)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new OpenTicketHeadline(
                        new TicketNumber(((Number) row[0]).intValue()), (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public void record(Ticket ticket, List<StatusChange> changes) {
        changes.forEach(change -> em().persist(new TicketStatusRecord(ticket, change)));
        if (!changes.isEmpty()) {
            recorded.fire(new TicketStatusRecorded(ticket, changes));
        }
    }

    @Override
    public List<StatusChange> history(Ticket ticket) {
        return em().createQuery(
                        "SELECT r FROM TicketStatusRecord r WHERE r.ticketId = :ticket ORDER BY r.changedAt",
                        TicketStatusRecord.class)
                .setParameter("ticket", ticket.id())
                .getResultStream()
                .map(TicketStatusRecord::change)
                .toList();
    }

    @Override
    public void add(TicketMessage message) {
        em().persist(message);
    }

    @Override
    public List<TicketMessage> messages(Ticket ticket, boolean withInternal) {
        return em().createQuery(
                        "SELECT m FROM TicketMessage m WHERE m.ticketId = :ticket"
                                + (withInternal ? "" : " AND m.internal = FALSE")
                                + " ORDER BY m.createdAt",
                        TicketMessage.class)
                .setParameter("ticket", ticket.id())
                .getResultList();
    }

    @Override
    public void add(TicketFieldValue value) {
        em().persist(value);
    }

    @Override
    public List<TicketFieldValue> fieldValues(Ticket ticket) {
        return em().createQuery(
                        "SELECT v FROM TicketFieldValue v WHERE v.ticketId = :ticket ORDER BY v.sortOrder",
                        TicketFieldValue.class)
                .setParameter("ticket", ticket.id())
                .getResultList();
    }

    @Override
    public void add(TicketAttachment attachment, AttachmentContent content) {
        EntityManager em = em();
        em.persist(attachment);
        em.flush();
        em.persist(content);
    }

    @Override
    public List<TicketAttachment> attachments(Ticket ticket) {
        return em().createQuery(
                        "SELECT a FROM TicketAttachment a WHERE a.ticketId = :ticket ORDER BY a.uploadedAt",
                        TicketAttachment.class)
                .setParameter("ticket", ticket.id())
                .getResultList();
    }

    @Override
    public Optional<TicketAttachment> attachment(Ticket ticket, String id) {
        return Optional.ofNullable(em().find(TicketAttachment.class, id))
                .filter(found -> found.ticketId().equals(ticket.id()));
    }

    @Override
    public Optional<AttachmentContent> content(TicketAttachment attachment) {
        return Optional.ofNullable(em().find(AttachmentContent.class, attachment.id()));
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
