package io.andes.ticketing.domain.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * What a tenant's contract promises for one support tier: the clause that says so (shown to the customer next to
 * each deadline) and the first-response and resolution targets in business minutes. A ticket is "at risk" once it
 * has used {@code atRiskPercent} of a target, so that agents act before the breach.
 */
public record SlaPolicy(
        SupportTier tier, String clause, long firstResponseMinutes, long resolutionMinutes, int atRiskPercent) {

    public static final int DEFAULT_AT_RISK_PERCENT = 80;

    public SlaPolicy {
        Objects.requireNonNull(tier);
        clause = clause == null ? "" : clause.strip();
        if (clause.isEmpty()) {
            throw new IllegalArgumentException("An SLA names the contract clause that defines it");
        }
        if (firstResponseMinutes < 1 || resolutionMinutes < firstResponseMinutes) {
            throw new IllegalArgumentException("SLA targets are positive and the first response comes first");
        }
        if (atRiskPercent < 1 || atRiskPercent > 100) {
            throw new IllegalArgumentException("The at-risk threshold is a percentage from 1 to 100");
        }
    }

    public SlaPolicy(SupportTier tier, String clause, long firstResponseMinutes, long resolutionMinutes) {
        this(tier, clause, firstResponseMinutes, resolutionMinutes, DEFAULT_AT_RISK_PERCENT);
    }

    public Duration firstResponseTarget() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    public Duration resolutionTarget() {
        return Duration.ofMinutes(resolutionMinutes);
    }
}
