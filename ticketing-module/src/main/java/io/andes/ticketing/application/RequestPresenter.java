package io.andes.ticketing.application;

import io.andes.ticketing.api.RequestViews;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.request.RequestItem;
import io.andes.ticketing.domain.request.RequestPhoto;
import io.andes.ticketing.domain.request.RequestRepository;
import io.andes.ticketing.domain.request.ServiceRequest;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns stored requests into their views: items with their photos, and the tickets a submitted request became. */
@ApplicationScoped
class RequestPresenter {

    @Inject
    RequestRepository requests;

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogUseCases catalog;

    RequestViews.Request whole(ServiceRequest request, boolean english) {
        Map<String, List<RequestViews.Photo>> photos = requests.photos(request).stream()
                .collect(Collectors.groupingBy(
                        RequestPhoto.PhotoInfo::itemId,
                        Collectors.mapping(RequestPresenter::photo, Collectors.toList())));
        return new RequestViews.Request(
                request.id(),
                number(request),
                request.status().name(),
                request.serviceCode(),
                request.requester().name(),
                request.createdAt(),
                request.submittedAt(),
                requests.items(request).stream()
                        .map(item -> item(item, photos.getOrDefault(item.id(), List.of()), english))
                        .toList(),
                request.number().map(n -> tickets(n, english)).orElse(List.of()));
    }

    RequestViews.RequestSummary summary(ServiceRequest request, long items) {
        return new RequestViews.RequestSummary(
                request.id(),
                number(request),
                request.status().name(),
                request.serviceCode(),
                items,
                request.createdAt(),
                request.submittedAt());
    }

    RequestViews.Item item(RequestItem item, List<RequestViews.Photo> photos, boolean english) {
        return new RequestViews.Item(
                item.id(), catalog.reference(item.categoryId(), english), item.description(), item.order(), photos);
    }

    private List<RequestViews.TicketRef> tickets(RequestNumber number, boolean english) {
        return tickets.ofRequest(number).stream()
                .map(t -> new RequestViews.TicketRef(
                        t.number().formatted(), t.subject(), t.status().name(), catalog.name(t.categoryId(), english)))
                .toList();
    }

    static RequestViews.Photo photo(RequestPhoto.PhotoInfo photo) {
        return new RequestViews.Photo(photo.id(), photo.fileName(), photo.mediaType(), photo.sizeBytes());
    }

    private static String number(ServiceRequest request) {
        return request.number().map(RequestNumber::formatted).orElse(null);
    }
}
