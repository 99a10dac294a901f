package io.andes.ticketing.application;

import io.andes.ticketing.api.RequestViews;
import io.andes.ticketing.domain.attachment.AttachmentContent;
import io.andes.ticketing.domain.attachment.AttachmentRules;
import io.andes.ticketing.domain.attachment.TicketAttachment;
import io.andes.ticketing.domain.catalog.FieldValue;
import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.request.RequestItem;
import io.andes.ticketing.domain.request.RequestPhoto;
import io.andes.ticketing.domain.request.RequestRepository;
import io.andes.ticketing.domain.request.ServiceRequest;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketContent;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Submits a draft request in one transaction: it gets its number, every item becomes a ticket in its category's queue
 * (subject: the category's name and the request's number), and the item's photos move to that ticket.
 */
@ApplicationScoped
public class RequestSubmission {

    @Inject
    RequestRepository requests;

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogUseCases catalog;

    @Inject
    TicketOpening opening;

    @Inject
    RequestPresenter presenter;

    @Inject
    Clock clock;

    @Transactional
    public RequestViews.Request submit(String idOrNumber, boolean english) {
        ServiceRequest request = RequestLookup.existing(requests, idOrNumber);
        List<RequestItem> items = requests.items(request);
        request.checkSubmittable(items.size());
        Instant at = clock.instant();
        RequestNumber number = tickets.nextRequestNumber();
        request.submit(number, items.size(), at);
        for (RequestItem item : items) {
            TicketCategory category = catalog.openableCategory(request.serviceCode(), item.categoryId());
            TicketContent content = new TicketContent(subject(category, number), item.description(), null);
            List<FieldValue> fields = catalog.acceptedFields(category, item.fieldValues());
            Ticket ticket = opening.open(category, content, fields, request.requester(), at, number);
            movePhotos(item, ticket, at);
        }
        return presenter.whole(request, english);
    }

    private void movePhotos(RequestItem item, Ticket ticket, Instant at) {
        List<RequestPhoto> photos = requests.photosWithContent(item);
        for (RequestPhoto photo : photos) {
            TicketAttachment attachment = new TicketAttachment(
                    ticket.id(),
                    AttachmentRules.standard().accept(photo.fileName(), photo.bytes()),
                    photo.sha256(),
                    photo.uploadedBy(),
                    photo.uploadedAt());
            tickets.add(attachment, new AttachmentContent(attachment, photo.bytes()));
            requests.remove(photo);
        }
        ticket.attached(photos.size(), at);
    }

    private static String subject(TicketCategory category, RequestNumber number) {
        return category.name(false) + " · " + number.formatted();
    }
}
