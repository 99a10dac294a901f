package io.andes.core.domain.tenant;

import io.andes.core.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/**
 * A customer company of the vendor. Its tax id is valid for its country, its currency and time zone decide how money
 * and dates are shown and when its monthly quotas roll over; only an ACTIVE tenant may use the platform.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "country", nullable = false, length = 2)
    private Country country;

    @Column(name = "tax_id", nullable = false, length = 20)
    private String taxId;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "plan_code", nullable = false, length = 40)
    private String planCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TenantStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tenant() {}

    public Tenant(TenantProfile profile, Plan plan, Instant now) {
        this.id = profile.id().value();
        this.legalName = profile.legalName();
        this.country = profile.taxId().country();
        this.taxId = profile.taxId().value();
        this.currency = profile.currency().getCurrencyCode();
        this.timeZone = profile.zone().getId();
        this.planCode = plan.code();
        this.status = TenantStatus.ACTIVE;
        this.createdAt = now;
    }

    public void suspend(String reason) {
        Objects.requireNonNull(reason);
        requireStatus(TenantStatus.ACTIVE);
        status = TenantStatus.SUSPENDED;
        statusReason = reason;
    }

    public void reactivate(String reason) {
        Objects.requireNonNull(reason);
        requireStatus(TenantStatus.SUSPENDED);
        status = TenantStatus.ACTIVE;
        statusReason = reason;
    }

    /** A settled cancellation: the tenant's people lose access for good; its data stay for the vendor's staff. */
    public void cancel(String reason) {
        Objects.requireNonNull(reason);
        if (status == TenantStatus.CANCELLED) {
            throw new IllegalTenantTransitionException(status, TenantStatus.ACTIVE);
        }
        status = TenantStatus.CANCELLED;
        statusReason = reason;
    }

    private void requireStatus(TenantStatus expected) {
        if (status != expected) {
            throw new IllegalTenantTransitionException(status, expected);
        }
    }

    public TenantId id() {
        return new TenantId(id);
    }

    public String legalName() {
        return legalName;
    }

    public TaxId taxId() {
        return new TaxId(country, taxId);
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String planCode() {
        return planCode;
    }

    public TenantStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
