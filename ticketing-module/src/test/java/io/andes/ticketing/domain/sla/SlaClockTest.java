package io.andes.ticketing.domain.sla;

import static io.andes.ticketing.domain.ticket.TicketStatus.ABIERTO;
import static io.andes.ticketing.domain.ticket.TicketStatus.EN_ESPERA_CLIENTE;
import static io.andes.ticketing.domain.ticket.TicketStatus.NUEVO;
import static io.andes.ticketing.domain.ticket.TicketStatus.RESUELTO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.domain.tenant.Country;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import io.andes.ticketing.domain.ticket.StatusChange;
import io.andes.ticketing.domain.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bogotá, Monday–Friday 09:00–18:00. Standard: first answer in 4 business hours, resolution in 18 (two days). */
class SlaClockTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final SlaPolicy STANDARD = new SlaPolicy(SupportTier.STANDARD, "Cláusula 12", 240, 1080);
    private static final SlaPolicy PRIORITARIO = new SlaPolicy(SupportTier.PRIORITARIO, "Cláusula 12 bis", 60, 480);

    private final BusinessCalendar calendar = BusinessCalendar.of(Country.CO);
    private final SlaClock clock = new SlaClock(calendar, STANDARD);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BOGOTA).toInstant();
    }

    private static List<StatusChange> history(Object... instantsAndStatuses) {
        List<StatusChange> changes = new ArrayList<>();
        for (int i = 0; i < instantsAndStatuses.length; i += 2) {
            changes.add(
                    new StatusChange(at((String) instantsAndStatuses[i]), (TicketStatus) instantsAndStatuses[i + 1]));
        }
        return changes;
    }

    /** Opened Tuesday 10:00, answered 11:00, waits on the customer from 14:00 to Wednesday 11:00. */
    private static final List<StatusChange> PAUSED_ONCE = history(
            "2026-03-03T10:00", NUEVO,
            "2026-03-03T11:00", ABIERTO,
            "2026-03-03T14:00", EN_ESPERA_CLIENTE,
            "2026-03-04T11:00", ABIERTO);

    @Test
    void firstResponseIsDueAfterItsTargetInBusinessTime() {
        List<StatusChange> waiting = history("2026-03-06T17:00", NUEVO); // Friday evening

        SlaMeasurement measurement = clock.firstResponse(waiting, at("2026-03-06T17:30"));

        assertThat(measurement.due()).isEqualTo(at("2026-03-09T12:00")); // 1 h on Friday + 3 h on Monday
        assertThat(measurement.phase()).isEqualTo(SlaPhase.RUNNING);
        assertThat(measurement.elapsedMinutes()).isEqualTo(30);
    }

    @Test
    void anAnswerStopsTheFirstResponseClock() {
        SlaMeasurement measurement = clock.firstResponse(PAUSED_ONCE, at("2026-03-10T12:00"));

        assertThat(measurement.phase()).isEqualTo(SlaPhase.STOPPED);
        assertThat(measurement.elapsedMinutes()).isEqualTo(60);
        assertThat(measurement.due()).isEqualTo(at("2026-03-03T14:00"));
        assertThat(measurement.breached()).isFalse();
        assertThat(measurement.atRisk()).isFalse();
    }

    @Test
    void answeringExactlyAtTheDueInstantIsNotABreachButOneSecondLaterIs() {
        List<StatusChange> unanswered = history("2026-03-03T10:00", NUEVO);

        assertThat(clock.firstResponse(unanswered, at("2026-03-03T14:00")).breached())
                .isFalse();
        assertThat(clock.firstResponse(unanswered, at("2026-03-03T14:00:01")).breached())
                .isTrue();
        assertThat(clock.isBreached(unanswered, at("2026-03-03T14:00:01"))).isTrue();
    }

    @Test
    void eightyPercentOfTheTargetUsedIsAtRisk() {
        List<StatusChange> unanswered = history("2026-03-03T10:00", NUEVO);

        assertThat(clock.firstResponse(unanswered, at("2026-03-03T13:00")).atRisk())
                .isFalse(); // 75 %
        assertThat(clock.firstResponse(unanswered, at("2026-03-03T13:12")).atRisk())
                .isTrue(); // 80 %
        assertThat(clock.isAtRisk(unanswered, at("2026-03-03T13:12"))).isTrue();
        assertThat(clock.firstResponse(unanswered, at("2026-03-03T14:30")).atRisk())
                .isFalse(); // breached instead
    }

    @Test
    void waitingOnTheCustomerPushesTheResolutionDueByThePausedBusinessTime() {
        SlaMeasurement resumed = clock.resolution(PAUSED_ONCE, at("2026-03-04T11:00"));

        // Unpaused it would be due Thursday 10:00; 6 business hours of waiting make it 16:00.
        assertThat(resumed.due()).isEqualTo(at("2026-03-05T16:00"));
        assertThat(resumed.elapsedMinutes()).isEqualTo(240);
        assertThat(resumed.phase()).isEqualTo(SlaPhase.RUNNING);
    }

    @Test
    void whilePausedTheDueInstantKeepsMovingAndElapsedTimeStandsStill() {
        SlaMeasurement paused = clock.resolution(PAUSED_ONCE.subList(0, 3), at("2026-03-04T10:00"));

        assertThat(paused.phase()).isEqualTo(SlaPhase.PAUSED);
        assertThat(paused.elapsedMinutes()).isEqualTo(240);
        assertThat(paused.due()).isEqualTo(at("2026-03-05T15:00")); // Thursday 10:00 + 5 paused business hours
    }

    @Test
    void resolutionAtRiskAndBreachCountOnlyRunningTime() {
        assertThat(clock.resolution(PAUSED_ONCE, at("2026-03-05T12:00")).atRisk())
                .isFalse(); // 840 of 1080
        assertThat(clock.resolution(PAUSED_ONCE, at("2026-03-05T13:00")).atRisk())
                .isTrue(); // 900 of 1080
        assertThat(clock.resolution(PAUSED_ONCE, at("2026-03-05T16:00")).breached())
                .isFalse();
        SlaMeasurement late = clock.resolution(PAUSED_ONCE, at("2026-03-05T16:30"));
        assertThat(late.breached()).isTrue();
        assertThat(late.remaining()).isZero();
        assertThat(late.due()).isEqualTo(at("2026-03-05T16:00"));
    }

    @Test
    void resolvingStopsTheClockForGood() {
        List<StatusChange> solved = new ArrayList<>(PAUSED_ONCE);
        solved.add(new StatusChange(at("2026-03-05T15:00"), RESUELTO));

        SlaMeasurement aWeekLater = clock.resolution(solved, at("2026-03-12T15:00"));

        assertThat(aWeekLater.phase()).isEqualTo(SlaPhase.STOPPED);
        assertThat(aWeekLater.elapsedMinutes()).isEqualTo(1020);
        assertThat(aWeekLater.due()).isEqualTo(at("2026-03-05T16:00"));
        assertThat(aWeekLater.breached()).isFalse();
        assertThat(aWeekLater.atRisk()).isFalse();
    }

    @Test
    void solvingWhileWaitingOnTheCustomerKeepsThePausedTimeOutOfTheMeasure() {
        List<StatusChange> solvedWhileWaiting = new ArrayList<>(PAUSED_ONCE.subList(0, 3));
        solvedWhileWaiting.add(new StatusChange(at("2026-03-04T10:00"), RESUELTO));

        SlaMeasurement measurement = clock.resolution(solvedWhileWaiting, at("2026-03-06T10:00"));

        assertThat(measurement.phase()).isEqualTo(SlaPhase.STOPPED);
        assertThat(measurement.elapsedMinutes()).isEqualTo(240);
        assertThat(measurement.due()).isEqualTo(at("2026-03-05T15:00"));
    }

    @Test
    void aReopenedTicketResumesWhereItsClockStopped() {
        List<StatusChange> reopened = new ArrayList<>(PAUSED_ONCE);
        reopened.add(new StatusChange(at("2026-03-05T15:00"), RESUELTO));
        reopened.add(new StatusChange(at("2026-03-09T09:00"), ABIERTO));

        SlaMeasurement measurement = clock.resolution(reopened, at("2026-03-09T10:30"));

        assertThat(measurement.due()).isEqualTo(at("2026-03-09T10:00")); // the hour left on Thursday
        assertThat(measurement.breached()).isTrue();
        assertThat(measurement.elapsedMinutes()).isEqualTo(1110);
    }

    @Test
    void thePriorityTierIsJustATighterPolicy() {
        SlaClock priority = new SlaClock(calendar, PRIORITARIO);
        List<StatusChange> answeredAt1130 = history("2026-03-03T10:00", NUEVO, "2026-03-03T11:30", ABIERTO);

        assertThat(priority.firstResponse(PAUSED_ONCE, at("2026-03-03T12:00")).breached())
                .isFalse(); // 60 of 60
        assertThat(priority.firstResponse(answeredAt1130, at("2026-03-03T12:00"))
                        .breached())
                .isTrue();
        assertThat(clock.firstResponse(answeredAt1130, at("2026-03-03T12:00")).breached())
                .isFalse();
    }

    @Test
    void beforeTheTicketExistsNothingHasElapsed() {
        SlaMeasurement measurement = clock.firstResponse(PAUSED_ONCE, at("2026-03-02T10:00"));

        assertThat(measurement.elapsed()).isZero();
        assertThat(measurement.due()).isEqualTo(at("2026-03-03T14:00"));
    }

    @Test
    void aHistoryMustBeNonEmptyAndInTimeOrder() {
        Instant now = at("2026-03-03T12:00");

        assertThatThrownBy(() -> clock.resolution(List.of(), now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.resolution(List.of(PAUSED_ONCE.get(1), PAUSED_ONCE.get(0)), now))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measurementReportsPercentAndRemainingTime() {
        SlaMeasurement measurement = clock.resolution(PAUSED_ONCE, at("2026-03-04T11:00"));

        assertThat(measurement.percentUsed()).isEqualTo(22); // 240 of 1080
        assertThat(measurement.remaining()).isEqualTo(Duration.ofMinutes(840));
    }
}
