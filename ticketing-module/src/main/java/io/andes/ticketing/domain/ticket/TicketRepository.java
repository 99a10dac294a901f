package io.andes.ticketing.domain.ticket;

import io.andes.ticketing.domain.attachment.AttachmentContent;
import io.andes.ticketing.domain.attachment.TicketAttachment;
import io.andes.ticketing.domain.numbering.PqrsNumber;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.numbering.TicketNumber;
import java.util.List;
import java.util.Optional;

/** The bound tenant's tickets with their conversation, status history and files. */
public interface TicketRepository {

    /** The next ticket number of the bound tenant; holds a lock on its counter until the transaction ends. */
    TicketNumber nextNumber();

    /** The next number of the bound tenant's multi-item requests; locks like {@link #nextNumber()}. */
    RequestNumber nextRequestNumber();

    /** The next PQRS filing number of the bound tenant in {@code year}; locks like {@link #nextNumber()}. */
    PqrsNumber nextPqrsNumber(int year);

    void add(Ticket ticket);

    /** Sends what the transaction has added so far, so that rows referring to it can follow. */
    void written();

    /** The tickets the request {@code number} became, in the order of its items. */
    List<Ticket> ofRequest(RequestNumber number);

    Optional<Ticket> find(TicketNumber number);

    /** A page of the bound tenant's history as listings (no descriptions), newest update first. */
    List<TicketListing> search(TicketQuery query, int offset, int limit);

    long count(TicketQuery query);

    /** Number, subject and category of the tenant's open tickets, most recently updated first (duplicate warning). */
    List<OpenTicketHeadline> recentOpen(int limit);

    void record(Ticket ticket, List<StatusChange> changes);

    List<StatusChange> history(Ticket ticket);

    void add(TicketMessage message);

    /** The conversation, oldest first; internal notes only when asked for. */
    List<TicketMessage> messages(Ticket ticket, boolean withInternal);

    void add(TicketFieldValue value);

    /** The category fields the ticket was opened with, in form order. */
    List<TicketFieldValue> fieldValues(Ticket ticket);

    void add(TicketAttachment attachment, AttachmentContent content);

    List<TicketAttachment> attachments(Ticket ticket);

    Optional<TicketAttachment> attachment(Ticket ticket, String id);

    Optional<AttachmentContent> content(TicketAttachment attachment);
}
