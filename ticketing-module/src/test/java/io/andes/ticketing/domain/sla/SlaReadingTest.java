package io.andes.ticketing.domain.sla;

import static io.andes.ticketing.domain.ticket.TicketStatus.ABIERTO;
import static io.andes.ticketing.domain.ticket.TicketStatus.EN_ESPERA_CLIENTE;
import static io.andes.ticketing.domain.ticket.TicketStatus.NUEVO;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.domain.tenant.Country;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import io.andes.ticketing.domain.ticket.StatusChange;
import io.andes.ticketing.domain.ticket.TicketPriority;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Chilean tenant's ticket read at fixed instants (a fixed {@link Clock} each time): Fiestas Patrias and a weekend in
 * the middle of a target, waiting on the customer that moves the due instant, the at-risk threshold, and a target
 * due at closing time that is still unanswered in the evening.
 */
class SlaReadingTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final TierSla STANDARD =
            new TierSla(SupportTier.STANDARD, "Cláusula 12", new long[] {480, 2400}, new long[] {240, 960}, 80);

    private final BusinessCalendar chile = BusinessCalendar.of(Country.CL);
    private final SlaClock clock = new SlaClock(chile, STANDARD.policy(TicketPriority.NORMAL));

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SANTIAGO).toInstant();
    }

    private SlaReading readAt(String localDateTime, StatusChange... history) {
        Clock fixed = Clock.fixed(at(localDateTime), SANTIAGO);
        return SlaReading.of(clock, List.of(history), fixed.instant());
    }

    @Test
    void theFirstResponseSkipsFiestasPatriasAndTheWeekend() {
        // Thursday 17 September 2026, 16:00: two business hours that day; Friday 18 and Saturday 19 are holidays
        SlaReading reading = readAt("2026-09-17T17:00", new StatusChange(at("2026-09-17T16:00"), NUEVO));

        assertThat(reading.firstResponse().due()).isEqualTo(at("2026-09-21T15:00"));
        assertThat(reading.resolution().due())
                .isEqualTo(chile.plus(
                        at("2026-09-17T16:00"),
                        STANDARD.policy(TicketPriority.NORMAL).resolutionTarget()));
        assertThat(reading.standing()).isEqualTo(SlaStanding.ON_TRACK);
    }

    @Test
    void waitingOnTheCustomerPausesResolutionAndMovesItsDuePastTheColumbusDayHoliday() {
        StatusChange opened = new StatusChange(at("2026-10-05T10:00"), NUEVO);
        StatusChange asked = new StatusChange(at("2026-10-05T12:00"), EN_ESPERA_CLIENTE);
        StatusChange replied = new StatusChange(at("2026-10-07T10:00"), ABIERTO);

        SlaReading whilePaused = readAt("2026-10-06T15:00", opened, asked);
        SlaReading afterReply = readAt("2026-10-07T11:00", opened, asked, replied);

        assertThat(whilePaused.standing()).isEqualTo(SlaStanding.PAUSED);
        assertThat(whilePaused.resolution().elapsedMinutes()).isEqualTo(120);
        // 38 business hours left from Wednesday 10:00; Monday 12 October is a holiday in Chile
        assertThat(afterReply.resolution().due()).isEqualTo(at("2026-10-14T12:00"));
        assertThat(afterReply.resolution().due())
                .isAfter(whilePaused.resolution().due());
        assertThat(afterReply.breached(SlaTarget.FIRST_RESPONSE)).isFalse();
        assertThat(afterReply.standing()).isEqualTo(SlaStanding.ON_TRACK);
    }

    @Test
    void eightyPercentOfATargetUsedIsAtRisk() {
        StatusChange opened = new StatusChange(at("2026-10-05T10:00"), NUEVO);

        assertThat(readAt("2026-10-05T16:00", opened).standing()).isEqualTo(SlaStanding.ON_TRACK);
        assertThat(readAt("2026-10-05T16:30", opened).standing()).isEqualTo(SlaStanding.AT_RISK);
    }

    @Test
    void aTargetDueAtClosingTimeAndStillUnansweredInTheEveningIsBreached() {
        StatusChange opened = new StatusChange(at("2026-10-05T10:00"), NUEVO);

        SlaReading atClosing = readAt("2026-10-05T18:00", opened);
        SlaReading evening = readAt("2026-10-05T19:00", opened);

        assertThat(atClosing.firstResponse().due()).isEqualTo(at("2026-10-05T18:00"));
        assertThat(atClosing.breached(SlaTarget.FIRST_RESPONSE)).isFalse();
        assertThat(evening.breached(SlaTarget.FIRST_RESPONSE)).isTrue();
        assertThat(evening.breached(SlaTarget.RESOLUTION)).isFalse();
        assertThat(evening.standing()).isEqualTo(SlaStanding.BREACHED);
    }

    @Test
    void anAnswerInTimeStopsTheFirstResponseClockForGood() {
        StatusChange opened = new StatusChange(at("2026-10-05T10:00"), NUEVO);
        StatusChange answered = new StatusChange(at("2026-10-05T11:00"), ABIERTO);

        SlaReading nextWeek = readAt("2026-10-13T10:00", opened, answered);

        assertThat(nextWeek.firstResponse().phase()).isEqualTo(SlaPhase.STOPPED);
        assertThat(nextWeek.breached(SlaTarget.FIRST_RESPONSE)).isFalse();
    }

    @Test
    void urgentTicketsGetTheTiersUrgentTargets() {
        SlaPolicy urgent = STANDARD.policy(TicketPriority.URGENT);

        assertThat(urgent.firstResponseMinutes()).isEqualTo(240);
        assertThat(urgent.resolutionMinutes()).isEqualTo(960);
        assertThat(urgent.clause()).isEqualTo("Cláusula 12");
        assertThat(urgent.atRiskPercent()).isEqualTo(80);
    }
}
