package io.andes.billing.advisor.api;

import java.time.Instant;
import java.util.List;

/** What the portal, the console and the API show of the advisor channel. Text is returned as typed; pages escape it. */
public final class AdvisorViews {

    private AdvisorViews() {}

    /** A choice for forms: its code and its name in the page's language. */
    public record Choice(String code, String label) {}

    /** "Mi asesor comercial". */
    public record Advisor(String username, String name, String email, String phone, String hours) {}

    /** Which advisor a tenant has, as staff see it. */
    public record Assignment(
            String tenant, String advisor, String advisorName, Instant assignedAt, String assignedBy) {}

    public record Message(String id, String authorName, String authorKind, String body, Instant createdAt) {}

    /** A scheduled demonstration or training; {@code localAt} is the date and time on the tenant's wall clock. */
    public record Session(String kind, String kindLabel, Instant at, String localAt, String zone, String link) {}

    /** A quoted item; {@code storeProduct} is its add-on code in the store, where an accepted quote is bought. */
    public record QuoteLine(String product, String productLabel, String storeProduct, int quantity, String note) {}

    public record Quote(
            String id,
            String status,
            String statusLabel,
            String note,
            String createdBy,
            Instant createdAt,
            String acceptedBy,
            Instant acceptedAt,
            List<QuoteLine> lines) {}

    /** A whole commercial request with its conversation, its session and its quotes. */
    public record Request(
            String tenant,
            String number,
            String type,
            String typeLabel,
            String status,
            String statusLabel,
            String message,
            String preferredContactTime,
            String requester,
            Instant createdAt,
            Instant updatedAt,
            Instant closedAt,
            Session session,
            List<Message> messages,
            List<Quote> quotes) {}

    /** A line of a request list (the tenant's, or the advisors' inbox across tenants). */
    public record RequestSummary(
            String tenant,
            String number,
            String type,
            String typeLabel,
            String status,
            String statusLabel,
            String requester,
            Instant createdAt,
            Instant updatedAt,
            Instant sessionAt) {}

    /** The tenant's choice about the channel: whether its plain users may send requests too (admins always may). */
    public record Settings(boolean usersMaySend) {}
}
