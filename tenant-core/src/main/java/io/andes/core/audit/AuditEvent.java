package io.andes.core.audit;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One line of a tenant's audit log: who did what to which target, when, from which address, and why. */
@Entity
@Table(name = "audit_event")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class AuditEvent {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "action", nullable = false, length = 64)
    private String action;

    @Column(name = "target", nullable = false, length = 200)
    private String target;

    @Column(name = "address", length = 64)
    private String address;

    @Column(name = "detail", length = 1000)
    private String detail;

    protected AuditEvent() {}

    public AuditEvent(String id, Instant occurredAt, String actor, String address, AuditEntry entry) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.address = address;
        this.action = entry.action();
        this.target = entry.target();
        this.detail = entry.detail();
    }

    public String id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String address() {
        return address;
    }

    public String detail() {
        return detail;
    }
}
