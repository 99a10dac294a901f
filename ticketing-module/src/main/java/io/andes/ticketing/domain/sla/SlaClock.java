package io.andes.ticketing.domain.sla;

import io.andes.ticketing.domain.calendar.BusinessCalendar;
import io.andes.ticketing.domain.ticket.StatusChange;
import io.andes.ticketing.domain.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Measures a ticket's status history against an {@link SlaPolicy} in the tenant's business time. The first
 * response runs while the ticket is new. Resolution runs while it is new or open, pauses while it waits on the
 * customer (the due instant moves by the paused business time), stops when it is solved or closed, and resumes
 * from where it stopped if the ticket is reopened.
 */
public final class SlaClock {

    private final BusinessCalendar calendar;
    private final SlaPolicy policy;

    public SlaClock(BusinessCalendar calendar, SlaPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar);
        this.policy = Objects.requireNonNull(policy);
    }

    public SlaMeasurement firstResponse(List<StatusChange> history, Instant at) {
        return measure(history, at, policy.firstResponseTarget(), SlaClock::firstResponsePhase);
    }

    public SlaMeasurement resolution(List<StatusChange> history, Instant at) {
        return measure(history, at, policy.resolutionTarget(), SlaClock::resolutionPhase);
    }

    public boolean isBreached(List<StatusChange> history, Instant at) {
        return firstResponse(history, at).breached() || resolution(history, at).breached();
    }

    public boolean isAtRisk(List<StatusChange> history, Instant at) {
        return firstResponse(history, at).atRisk() || resolution(history, at).atRisk();
    }

    private static SlaPhase firstResponsePhase(TicketStatus status) {
        return status == TicketStatus.NUEVO ? SlaPhase.RUNNING : SlaPhase.STOPPED;
    }

    private static SlaPhase resolutionPhase(TicketStatus status) {
        return switch (status) {
            case NUEVO, ABIERTO -> SlaPhase.RUNNING;
            case EN_ESPERA_CLIENTE -> SlaPhase.PAUSED;
            case RESUELTO, CERRADO -> SlaPhase.STOPPED;
        };
    }

    private SlaMeasurement measure(
            List<StatusChange> history, Instant at, Duration target, Function<TicketStatus, SlaPhase> phaseOf) {
        requireChronological(history);
        Duration elapsed = Duration.ZERO;
        Instant reachedAt = null;
        SlaPhase phase = phaseOf.apply(history.get(0).status());
        Instant phaseSince = history.get(0).at();
        for (int i = 0; i < history.size() && !history.get(i).at().isAfter(at); i++) {
            StatusChange change = history.get(i);
            if (phaseOf.apply(change.status()) != phase) {
                phase = phaseOf.apply(change.status());
                phaseSince = change.at();
            }
            if (phase == SlaPhase.RUNNING) {
                Instant end =
                        i + 1 < history.size() ? earlier(history.get(i + 1).at(), at) : at;
                Duration part = calendar.businessTimeBetween(change.at(), end);
                if (reachedAt == null && elapsed.plus(part).compareTo(target) >= 0) {
                    reachedAt = calendar.plus(change.at(), target.minus(elapsed));
                }
                elapsed = elapsed.plus(part);
            }
        }
        Instant due = reachedAt != null ? reachedAt : projectedDue(phase, phaseSince, at, target.minus(elapsed));
        return new SlaMeasurement(target, elapsed, due, phase, policy.atRiskPercent());
    }

    /**
     * Not reached yet: the business time left, counted from now, or from the moment the clock stopped. While paused
     * "now" keeps advancing, which is how waiting on the customer pushes the due instant later.
     */
    private Instant projectedDue(SlaPhase phase, Instant phaseSince, Instant at, Duration left) {
        Instant from = phase == SlaPhase.STOPPED || at.isBefore(phaseSince) ? phaseSince : at;
        return calendar.plus(from, left);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static void requireChronological(List<StatusChange> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("A ticket's history starts with its opening");
        }
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).at().isBefore(history.get(i - 1).at())) {
                throw new IllegalArgumentException("A ticket's history is in time order");
            }
        }
    }
}
