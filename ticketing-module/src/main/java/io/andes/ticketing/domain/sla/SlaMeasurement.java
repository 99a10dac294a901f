package io.andes.ticketing.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One SLA target measured at one instant: how much business time the vendor has used, when it is (or was) due,
 * and whether the clock is running. Meeting the target exactly at the due instant is not a breach.
 */
public record SlaMeasurement(Duration target, Duration elapsed, Instant due, SlaPhase phase, int atRiskPercent) {

    public SlaMeasurement {
        Objects.requireNonNull(target);
        Objects.requireNonNull(elapsed);
        Objects.requireNonNull(due);
        Objects.requireNonNull(phase);
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("An SLA target is a positive duration: " + target);
        }
    }

    public boolean breached() {
        return elapsed.compareTo(target) > 0;
    }

    /** Close to the target and still open: a breach that someone can still prevent. */
    public boolean atRisk() {
        return !breached() && phase != SlaPhase.STOPPED && percentUsed() >= atRiskPercent;
    }

    /** Business time used, as a whole percentage of the target (rounded down; may exceed 100). */
    public long percentUsed() {
        return elapsed.toSeconds() * 100 / target.toSeconds();
    }

    public long elapsedMinutes() {
        return elapsed.toMinutes();
    }

    public Duration remaining() {
        return breached() ? Duration.ZERO : target.minus(elapsed);
    }
}
