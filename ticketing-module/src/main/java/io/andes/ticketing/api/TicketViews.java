package io.andes.ticketing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the portal, the console and the API show of tickets. Text is returned as typed; pages escape it. */
public final class TicketViews {

    private TicketViews() {}

    /** A line of the history list; {@code requestNumber} only for an item of a multi-item request. */
    public record TicketSummary(
            String number,
            String subject,
            String status,
            String categoryName,
            Instant createdAt,
            Instant updatedAt,
            String requestNumber) {}

    public record CategoryRef(long id, String name, String path) {}

    public record Message(
            String id, String authorName, String authorKind, String body, boolean internal, Instant createdAt) {}

    public record Attachment(String id, String fileName, String mediaType, long size, boolean image) {}

    public record SimilarTicket(String number, String subject) {}

    /**
     * A whole ticket; {@code similarOpen} is filled only right after opening it, {@code requestNumber} only for an
     * item of a multi-item request, {@code effectiveDate} only for a cancellation (the day its notice was given);
     * {@code continues} names the earlier ticket it carries on, if any.
     */
    public record Ticket(
            String number,
            String status,
            String subject,
            String description,
            String serviceCode,
            CategoryRef category,
            String contactPhone,
            String requester,
            String assignee,
            Instant createdAt,
            Instant updatedAt,
            List<Message> messages,
            List<Attachment> attachments,
            List<SimilarTicket> similarOpen,
            String requestNumber,
            LocalDate effectiveDate,
            String continues) {}

    /** A downloadable file. */
    public record FileContent(String fileName, String mediaType, byte[] bytes) {}

    public record Service(String code, String name) {}

    public record Category(
            long id, Long parentId, String serviceCode, String name, String path, boolean leaf, String kind) {}

    public record Catalog(List<Service> services, List<Category> categories) {}
}
