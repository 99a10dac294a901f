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

    /** What {@code ticket.created} and {@code ticket.updated} webhooks carry: the summary and the category fields. */
    public record TicketEvent(
            String number,
            String subject,
            String status,
            String categoryName,
            Instant createdAt,
            Instant updatedAt,
            String requestNumber,
            List<FieldValue> fields) {}

    public record CategoryRef(long id, String name, String path) {}

    public record Message(
            String id, String authorName, String authorKind, String body, boolean internal, Instant createdAt) {}

    public record Attachment(String id, String fileName, String mediaType, long size, boolean image) {}

    /**
     * An open ticket of the caller's company that looks like the one about to be opened (same category or a very
     * similar subject): the requester may add to it instead.
     */
    public record SimilarTicket(String number, String subject) {}

    /**
     * A whole ticket; {@code requestNumber} only for an item of a multi-item request, {@code effectiveDate} only for a cancellation (the day its notice was given);
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
            String requestNumber,
            LocalDate effectiveDate,
            String continues,
            Sla sla,
            List<FieldValue> fields) {}

    /** A value the ticket was opened with: the field's key, its label in the reader's language, the value. */
    public record FieldValue(String key, String label, String type, String value) {}

    /** A field a category asks for when a ticket is opened on it; {@code options} only for a CHOICE. */
    public record Field(String key, String label, String type, List<String> options, boolean required) {}

    /**
     * A ticket's SLA: tier and the contract clause, priority, the due instants (UTC; pages show them in {@code zone},
     * the tenant's), whether each target is met, and how the ticket stands (ON_TRACK, AT_RISK, BREACHED, PAUSED, MET).
     * The SLA events are listed for staff only.
     */
    public record Sla(
            String tier,
            String tierLabel,
            String clause,
            String priority,
            String priorityLabel,
            Instant firstResponseDue,
            boolean firstResponseMet,
            Instant resolutionDue,
            boolean paused,
            String standing,
            String zone,
            List<SlaEvent> events) {}

    public record SlaEvent(String kind, Instant at, String detail) {}

    /** A downloadable file. */
    public record FileContent(String fileName, String mediaType, byte[] bytes) {}

    public record Service(String code, String name) {}

    /** A category of the tree; {@code fields} (its ancestors' and its own) only for a leaf. */
    public record Category(
            long id,
            Long parentId,
            String serviceCode,
            String name,
            String path,
            boolean leaf,
            String kind,
            List<Field> fields) {}

    public record Catalog(List<Service> services, List<Category> categories) {}

    /**
     * A line of the agents' cross-tenant list: whose ticket, what it is about, where it stands; {@code due} is the
     * next due instant (the first response while new, else the resolution), to be shown in {@code zone}.
     */
    public record QueueItem(
            String tenant,
            String number,
            String subject,
            String queue,
            String status,
            String priority,
            String tier,
            String assignee,
            Instant due,
            String standing,
            String zone,
            Instant updatedAt) {}

    /** Open tickets of one queue and priority, and how many of them are at risk or breached. */
    public record QueueCount(String queue, String priority, long open, long atRisk, long breached) {}

    /** The console's overview of open tickets. */
    public record DeskOverview(List<QueueCount> counts, long open, long atRisk, long breached) {}

    public record CannedResponse(String id, String title, String body, Instant updatedAt) {}

    /** A routing rule: the queue a category's new tickets go to. */
    public record Route(long categoryId, String queue) {}

    /** A leaf category, its place in the tree, its kind and the queue its new tickets go to. */
    public record RoutingRule(long categoryId, String path, String kind, String queue) {}
}
