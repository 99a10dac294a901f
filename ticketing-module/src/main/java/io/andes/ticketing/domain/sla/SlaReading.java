package io.andes.ticketing.domain.sla;

import io.andes.ticketing.domain.ticket.StatusChange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A ticket's status history measured against its policy at one instant: each target with its due instant, and the
 * standing that sums them up. A target is breached once its business time is used up, or once its due instant has
 * passed while its clock still runs (due at closing time and still unanswered in the evening is late, though no more
 * business time has gone by). A breach stays a breach once the ticket moves on; a paused clock is never at risk.
 */
public record SlaReading(SlaMeasurement firstResponse, SlaMeasurement resolution, Instant at) {

    public SlaReading {
        Objects.requireNonNull(firstResponse);
        Objects.requireNonNull(resolution);
        Objects.requireNonNull(at);
    }

    public static SlaReading of(SlaClock clock, List<StatusChange> history, Instant at) {
        return new SlaReading(clock.firstResponse(history, at), clock.resolution(history, at), at);
    }

    public SlaMeasurement of(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponse : resolution;
    }

    public boolean breached(SlaTarget target) {
        SlaMeasurement measurement = of(target);
        return measurement.breached()
                || (measurement.phase() == SlaPhase.RUNNING && measurement.due().isBefore(at));
    }

    public SlaStanding standing() {
        if (breached(SlaTarget.FIRST_RESPONSE) || breached(SlaTarget.RESOLUTION)) {
            return SlaStanding.BREACHED;
        }
        if (resolution.phase() == SlaPhase.STOPPED) {
            return SlaStanding.MET;
        }
        if (resolution.phase() == SlaPhase.PAUSED) {
            return SlaStanding.PAUSED;
        }
        return firstResponse.atRisk() || resolution.atRisk() ? SlaStanding.AT_RISK : SlaStanding.ON_TRACK;
    }
}
