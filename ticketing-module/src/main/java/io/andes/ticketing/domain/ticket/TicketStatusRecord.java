package io.andes.ticketing.domain.ticket;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A stored {@link StatusChange} of a ticket: the history the SLA clock reads. Never changed once written. */
@Entity
@Table(name = "ticket_status_change")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TicketStatusRecord {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_id", nullable = false)
    private String ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TicketStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TicketStatusRecord() {}

    public TicketStatusRecord(Ticket ticket, StatusChange change) {
        this.id = UUID.randomUUID().toString();
        this.ticketId = ticket.id();
        this.status = change.status();
        this.changedAt = change.at();
    }

    public StatusChange change() {
        return new StatusChange(changedAt, status);
    }
}
