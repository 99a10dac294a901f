package io.andes.ticketing.application;

import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.attachment.TicketAttachment;
import io.andes.ticketing.domain.catalog.FieldValue;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.numbering.TicketNumber;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketFieldValue;
import io.andes.ticketing.domain.ticket.TicketListing;
import io.andes.ticketing.domain.ticket.TicketMessage;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** Turns stored tickets into their views; internal notes only for staff. */
@ApplicationScoped
class TicketPresenter {

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogUseCases catalog;

    @Inject
    SlaFacts slaFacts;

    TicketViews.Ticket whole(Ticket ticket, boolean forStaff, boolean english) {
        return view(
                ticket,
                english,
                tickets.fieldValues(ticket).stream()
                        .map(TicketFieldValue::toValue)
                        .toList(),
                tickets.messages(ticket, forStaff).stream()
                        .map(TicketPresenter::message)
                        .toList(),
                tickets.attachments(ticket).stream()
                        .map(TicketPresenter::attachment)
                        .toList(),
                slaFacts.of(ticket, forStaff, english));
    }

    /**
     * A ticket opened in this transaction with the field values it was given: it has no messages or attachments yet,
     * so nothing is read.
     */
    TicketViews.Ticket opened(Ticket ticket, List<FieldValue> fields, boolean english) {
        return view(
                ticket,
                english,
                fields.stream()
                        .sorted(Comparator.comparingInt(FieldValue::order))
                        .toList(),
                List.of(),
                List.of(),
                slaFacts.ofOpened(ticket, english));
    }

    private TicketViews.Ticket view(
            Ticket ticket,
            boolean english,
            List<FieldValue> fields,
            List<TicketViews.Message> messages,
            List<TicketViews.Attachment> attachments,
            TicketViews.Sla sla) {
        return new TicketViews.Ticket(
                ticket.number().formatted(),
                ticket.status().name(),
                ticket.subject(),
                ticket.description(),
                ticket.serviceCode(),
                catalog.reference(ticket.categoryId(), english),
                ticket.contactPhone(),
                ticket.requesterName(),
                ticket.assignee(),
                ticket.createdAt(),
                ticket.updatedAt(),
                messages,
                attachments,
                ticket.requestNumber().map(RequestNumber::formatted).orElse(null),
                ticket.effectiveDate().orElse(null),
                ticket.continuesFrom().map(TicketNumber::formatted).orElse(null),
                sla,
                fields.stream().map(v -> field(v, english)).toList());
    }

    private static TicketViews.FieldValue field(FieldValue value, boolean english) {
        return new TicketViews.FieldValue(
                value.key(), value.label(english), value.type().name(), value.value());
    }

    TicketViews.TicketSummary summary(Ticket ticket, boolean english) {
        return summary(TicketListing.of(ticket), english);
    }

    TicketViews.TicketSummary summary(TicketListing ticket, boolean english) {
        return new TicketViews.TicketSummary(
                ticket.number().formatted(),
                ticket.subject(),
                ticket.status().name(),
                catalog.name(ticket.categoryId(), english),
                ticket.createdAt(),
                ticket.updatedAt(),
                ticket.requestNumber().map(RequestNumber::formatted).orElse(null));
    }

    /** A webhook's view of the ticket, in Spanish, with the category field values given. */
    TicketViews.TicketEvent event(Ticket ticket, List<FieldValue> fields) {
        TicketViews.TicketSummary summary = summary(ticket, false);
        return new TicketViews.TicketEvent(
                summary.number(),
                summary.subject(),
                summary.status(),
                summary.categoryName(),
                summary.createdAt(),
                summary.updatedAt(),
                summary.requestNumber(),
                fields.stream().map(v -> field(v, false)).toList());
    }

    /** A webhook's view of a stored ticket, its field values read back. */
    TicketViews.TicketEvent event(Ticket ticket) {
        return event(
                ticket,
                tickets.fieldValues(ticket).stream()
                        .map(TicketFieldValue::toValue)
                        .toList());
    }

    static TicketViews.Message message(TicketMessage message) {
        return new TicketViews.Message(
                message.id(),
                message.authorName(),
                message.authorKind(),
                message.body(),
                message.internal(),
                message.createdAt());
    }

    static TicketViews.Attachment attachment(TicketAttachment attachment) {
        return new TicketViews.Attachment(
                attachment.id(),
                attachment.fileName(),
                attachment.mediaType(),
                attachment.sizeBytes(),
                attachment.isImage());
    }
}
