package io.andes.ticketing.api;

import java.time.Instant;

/** What the portal, the console and the API show of a ticket's service visits and meetings. */
public final class VisitViews {

    private VisitViews() {}

    /** A service visit with its folio, the remote checklist that preceded it and, once recorded, its outcome. */
    public record Visit(
            String folio,
            String ticketNumber,
            String status,
            Instant scheduledAt,
            String technician,
            String address,
            boolean equipmentOn,
            boolean restarted,
            String remoteResult,
            String outcome,
            Instant completedAt,
            Instant createdAt) {}

    public record Meeting(
            String id, String ticketNumber, Instant startsAt, int durationMinutes, String link, String topic) {}
}
