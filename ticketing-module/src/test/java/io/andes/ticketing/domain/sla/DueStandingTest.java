package io.andes.ticketing.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.domain.tenant.Country;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import io.andes.ticketing.domain.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The list's standing from stored due instants, at fixed instants of a Mexican tenant's calendar. */
class DueStandingTest {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final SlaPolicy POLICY = new SlaPolicy(SupportTier.STANDARD, "Cláusula 12", 480, 2400, 80);
    private final BusinessCalendar calendar = BusinessCalendar.of(Country.MX);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MEXICO).toInstant();
    }

    private SlaStanding standing(TicketStatus status, String firstDue, String resolutionDue, String now) {
        return DueStanding.of(status, at(firstDue), at(resolutionDue), false, POLICY, calendar, at(now));
    }

    @Test
    void aNewTicketWithMostOfItsFirstResponseTimeLeftIsOnTrack() {
        assertThat(standing(TicketStatus.NUEVO, "2026-10-06T17:00", "2026-10-12T17:00", "2026-10-06T10:00"))
                .isEqualTo(SlaStanding.ON_TRACK);
    }

    @Test
    void lessThanTheLastFifthOfATargetLeftIsAtRiskEvenAcrossTheWeekend() {
        // due Monday 10:00; on Friday at 17:30 only 1.5 business hours are left of 8
        assertThat(standing(TicketStatus.NUEVO, "2026-10-12T10:00", "2026-10-16T17:00", "2026-10-09T17:30"))
                .isEqualTo(SlaStanding.AT_RISK);
    }

    @Test
    void aDueInstantInThePastIsBreachedAndAPausedOrSolvedTicketIsNot() {
        assertThat(standing(TicketStatus.ABIERTO, "2026-10-06T11:00", "2026-10-06T12:00", "2026-10-06T12:01"))
                .isEqualTo(SlaStanding.BREACHED);
        assertThat(standing(TicketStatus.EN_ESPERA_CLIENTE, "2026-10-06T11:00", "2026-10-06T12:00", "2026-10-07T12:00"))
                .isEqualTo(SlaStanding.PAUSED);
        assertThat(standing(TicketStatus.RESUELTO, "2026-10-06T11:00", "2026-10-06T12:00", "2026-10-07T12:00"))
                .isEqualTo(SlaStanding.MET);
    }

    @Test
    void aBreachNotedByTheEscalationStaysABreach() {
        assertThat(DueStanding.of(
                        TicketStatus.RESUELTO,
                        at("2026-10-06T11:00"),
                        at("2026-10-06T12:00"),
                        true,
                        POLICY,
                        calendar,
                        at("2026-10-07T12:00")))
                .isEqualTo(SlaStanding.BREACHED);
    }
}
