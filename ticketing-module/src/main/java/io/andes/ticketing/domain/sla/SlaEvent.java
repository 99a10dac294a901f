package io.andes.ticketing.domain.sla;

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

/** One SLA event of a tenant's ticket, with a short detail in words. Never changed once written. */
@Entity
@Table(name = "sla_event")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class SlaEvent {

    private static final int DETAIL_MAX = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_id", nullable = false)
    private String ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private SlaEventKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "detail", nullable = false)
    private String detail;

    protected SlaEvent() {}

    public SlaEvent(String ticketId, SlaEventKind kind, Instant at, String detail) {
        this.id = UUID.randomUUID().toString();
        this.ticketId = ticketId;
        this.kind = kind;
        this.occurredAt = at;
        this.detail = detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail;
    }

    public String ticketId() {
        return ticketId;
    }

    public SlaEventKind kind() {
        return kind;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String detail() {
        return detail;
    }
}
