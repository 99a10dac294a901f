package io.andes.ticketing.domain.sla;

import io.andes.ticketing.domain.ticket.TicketPriority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The vendor's SLA terms for one support tier, as the contract clause states them: normal and urgent targets in
 * business minutes. Shared by every tenant of the tier; {@link #policy} gives the targets of one priority.
 */
@Entity
@Table(name = "sla_policy")
public class TierSla {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "tier", length = 16)
    private SupportTier tier;

    @Column(name = "clause", nullable = false)
    private String clause;

    @Column(name = "first_response_minutes", nullable = false)
    private long firstResponseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private long resolutionMinutes;

    @Column(name = "urgent_first_response_minutes", nullable = false)
    private long urgentFirstResponseMinutes;

    @Column(name = "urgent_resolution_minutes", nullable = false)
    private long urgentResolutionMinutes;

    @Column(name = "at_risk_percent", nullable = false)
    private int atRiskPercent;

    protected TierSla() {}

    public TierSla(SupportTier tier, String clause, long[] normal, long[] urgent, int atRiskPercent) {
        this.tier = tier;
        this.clause = clause;
        this.firstResponseMinutes = normal[0];
        this.resolutionMinutes = normal[1];
        this.urgentFirstResponseMinutes = urgent[0];
        this.urgentResolutionMinutes = urgent[1];
        this.atRiskPercent = atRiskPercent;
    }

    public SlaPolicy policy(TicketPriority priority) {
        return priority == TicketPriority.URGENT
                ? new SlaPolicy(tier, clause, urgentFirstResponseMinutes, urgentResolutionMinutes, atRiskPercent)
                : new SlaPolicy(tier, clause, firstResponseMinutes, resolutionMinutes, atRiskPercent);
    }

    public SupportTier tier() {
        return tier;
    }

    public String clause() {
        return clause;
    }
}
