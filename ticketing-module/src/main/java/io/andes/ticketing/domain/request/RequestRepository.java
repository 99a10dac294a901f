package io.andes.ticketing.domain.request;

import io.andes.ticketing.domain.numbering.RequestNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bound tenant's multi-item requests with their items and draft photos. */
public interface RequestRepository {

    void add(ServiceRequest request);

    Optional<ServiceRequest> find(String id);

    Optional<ServiceRequest> find(RequestNumber number);

    /** Newest first. */
    List<ServiceRequest> list(int offset, int limit);

    long count();

    void add(RequestItem item);

    /** The request's items in the order they were added. */
    List<RequestItem> items(ServiceRequest request);

    /** How many items each of {@code requests} has (ids without items are absent). */
    Map<String, Long> itemCounts(List<ServiceRequest> requests);

    Optional<RequestItem> item(ServiceRequest request, String itemId);

    /** Removes the item and its photos. */
    void remove(RequestItem item);

    void add(RequestPhoto photo);

    /** The photos of every item of the request, without their bytes. */
    List<RequestPhoto.PhotoInfo> photos(ServiceRequest request);

    /** The item's photos with their bytes, oldest first, to move them to a ticket. */
    List<RequestPhoto> photosWithContent(RequestItem item);

    void remove(RequestPhoto photo);
}
