package io.andes.core.domain.entitlement;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.api.EntitlementType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The ledger line of one accepted consumption or release: who, from which address, when, how much, and the quota's
 * figures right after it. Its idempotency key is unique per tenant, so a retried request is applied once and answered
 * from this line.
 */
@Entity
@Table(name = "entitlement_movement")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class EntitlementMovement {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 32)
    private EntitlementType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private MovementKind kind;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "used_after", nullable = false)
    private int usedAfter;

    @Column(name = "limit_after", nullable = false)
    private int limitAfter;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "address", length = 64)
    private String address;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected EntitlementMovement() {}

    public EntitlementMovement(
            String id, MovementKind kind, int quantity, Entitlement after, IdempotencyKey key, Provenance provenance) {
        this.id = id;
        this.type = after.type();
        this.kind = kind;
        this.quantity = quantity;
        this.usedAfter = after.used();
        this.limitAfter = after.limit();
        this.periodStart = after.periodStart();
        this.idempotencyKey = key.value();
        this.actor = provenance.actor();
        this.address = provenance.address();
        this.occurredAt = provenance.at();
    }

    /** Whether a retried request asks for the same thing as the one that created this line. */
    public boolean sameRequest(EntitlementType otherType, MovementKind otherKind, int otherQuantity) {
        return type == otherType && kind == otherKind && quantity == otherQuantity;
    }

    public String id() {
        return id;
    }

    public EntitlementType type() {
        return type;
    }

    public MovementKind kind() {
        return kind;
    }

    public int quantity() {
        return quantity;
    }

    public int usedAfter() {
        return usedAfter;
    }

    public int limitAfter() {
        return limitAfter;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
