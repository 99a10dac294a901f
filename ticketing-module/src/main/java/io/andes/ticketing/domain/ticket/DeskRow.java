package io.andes.ticketing.domain.ticket;

import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.domain.sla.SupportTier;
import java.time.Instant;

/**
 * One line of the cross-tenant ticket list: only what the queue needs (no description, conversation or requester
 * details); opening the ticket itself is an audited staff access to its tenant.
 */
public record DeskRow(
        TenantId tenant,
        int number,
        String subject,
        String queue,
        TicketStatus status,
        TicketPriority priority,
        SupportTier tier,
        String assignee,
        Instant firstResponseDue,
        Instant resolutionDue,
        boolean breachNoted,
        Instant updatedAt) {

    /** The due instant that matters now: the first response while the ticket is new, else the resolution. */
    public Instant nextDue() {
        return status == TicketStatus.NUEVO && firstResponseDue != null ? firstResponseDue : resolutionDue;
    }
}
