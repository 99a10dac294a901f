package io.andes.billing.advisor.domain;

import io.andes.core.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which advisor a tenant has: one per tenant, assigned and reassigned by platform admins. An advisor reaches the
 * commercial requests of exactly the tenants assigned to them.
 */
@Entity
@Table(name = "tenant_advisor")
public class TenantAdvisor {

    @Id
    @Column(name = "tenant_id", length = 40)
    private String tenantId;

    @Column(name = "advisor_username", nullable = false)
    private String advisorUsername;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    protected TenantAdvisor() {}

    public TenantAdvisor(TenantId tenant, AdvisorProfile advisor, String by, Instant at) {
        this.tenantId = tenant.value();
        reassign(advisor, by, at);
    }

    public void reassign(AdvisorProfile advisor, String by, Instant at) {
        this.advisorUsername = advisor.username();
        this.assignedBy = by;
        this.assignedAt = at;
    }

    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    public String advisorUsername() {
        return advisorUsername;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String assignedBy() {
        return assignedBy;
    }
}
