package io.andes.ticketing.domain.sla;

import io.andes.ticketing.domain.calendar.BusinessCalendar;
import io.andes.ticketing.domain.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A ticket's standing from its stored due instants, for lists that do not read each ticket's history: while a clock
 * runs its due instant is exact, so the business time left until it tells the share of the target used. Agrees with
 * {@link SlaReading#standing()} for running clocks; a breach noted by the escalation job stays a breach.
 */
public final class DueStanding {

    private DueStanding() {}

    public static SlaStanding of(
            TicketStatus status,
            Instant firstResponseDue,
            Instant resolutionDue,
            boolean breachNoted,
            SlaPolicy policy,
            BusinessCalendar calendar,
            Instant now) {
        if (breachNoted) {
            return SlaStanding.BREACHED;
        }
        return switch (status) {
            case RESUELTO, CERRADO -> SlaStanding.MET;
            case EN_ESPERA_CLIENTE -> SlaStanding.PAUSED;
            case NUEVO ->
                worse(
                        running(firstResponseDue, policy.firstResponseTarget(), policy, calendar, now),
                        running(resolutionDue, policy.resolutionTarget(), policy, calendar, now));
            case ABIERTO -> running(resolutionDue, policy.resolutionTarget(), policy, calendar, now);
        };
    }

    private static SlaStanding running(
            Instant due, Duration target, SlaPolicy policy, BusinessCalendar calendar, Instant now) {
        if (due == null) {
            return SlaStanding.ON_TRACK;
        }
        if (due.isBefore(now)) {
            return SlaStanding.BREACHED;
        }
        long leftSeconds = calendar.businessTimeBetween(now, due).toSeconds();
        return leftSeconds * 100 <= target.toSeconds() * (100 - policy.atRiskPercent())
                ? SlaStanding.AT_RISK
                : SlaStanding.ON_TRACK;
    }

    private static SlaStanding worse(SlaStanding a, SlaStanding b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
