package io.andes.ticketing.domain.sla;

import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.domain.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SLA terms of each tier, the bound tenant's SLA events, and the overdue tickets the escalation job looks at. */
public interface SlaRepository {

    Optional<TierSla> terms(SupportTier tier);

    void add(SlaEvent event);

    /** The ticket's SLA events, oldest first. */
    List<SlaEvent> events(Ticket ticket);

    /**
     * Tickets of any tenant whose stored due instant passed while their clock ran and whose breach is not noted yet.
     * Only the job calls this, with no tenant bound: it answers ids, and each ticket is then read as its tenant's.
     */
    List<OverdueTicket> overdue(Instant now, int limit);

    /** The bound tenant's ticket, locked until the transaction ends, so that two instances never escalate twice. */
    Optional<Ticket> lockForCheck(String ticketId);

    /** A ticket that may have breached its SLA, named by tenant and id. */
    record OverdueTicket(TenantId tenant, String ticketId) {}
}
