package io.andes.ticketing.api;

import java.time.Instant;
import java.util.List;

/** What the portal and the API show of multi-item requests. Text is returned as typed; pages escape it. */
public final class RequestViews {

    private RequestViews() {}

    public record Photo(String id, String fileName, String mediaType, long size) {}

    /** An item of the request; {@code photos} only while the request is a draft (they then move to the ticket). */
    public record Item(
            String id, TicketViews.CategoryRef category, String description, int order, List<Photo> photos) {}

    /** A ticket a submitted request became. */
    public record TicketRef(String number, String subject, String status, String categoryName) {}

    /** A whole request; {@code number} and {@code tickets} once it is submitted. */
    public record Request(
            String id,
            String number,
            String status,
            String serviceCode,
            String requester,
            Instant createdAt,
            Instant submittedAt,
            List<Item> items,
            List<TicketRef> tickets) {}

    /** A line of the request list. */
    public record RequestSummary(
            String id,
            String number,
            String status,
            String serviceCode,
            long itemCount,
            Instant createdAt,
            Instant submittedAt) {}
}
