package io.andes.ticketing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the portal, the console and the API show of PQRS filings. Text is returned as typed; pages escape it. */
public final class PqrsViews {

    private PqrsViews() {}

    /** A kind of filing to choose from: its code and its name in the page's language. */
    public record Kind(String code, String label) {}

    public record Message(String id, String authorName, String authorKind, String body, Instant createdAt) {}

    /** A whole filing with its conversation; {@code dueDate} is a date of the tenant's calendar. */
    public record Pqrs(
            String number,
            String kind,
            String kindLabel,
            String status,
            String statusLabel,
            String subject,
            String description,
            String requester,
            Instant filedAt,
            LocalDate dueDate,
            Instant respondedAt,
            Instant closedAt,
            List<Message> messages) {}

    /** A line of the PQRS list. */
    public record PqrsSummary(
            String number,
            String kind,
            String kindLabel,
            String status,
            String statusLabel,
            String subject,
            Instant filedAt,
            LocalDate dueDate) {}
}
