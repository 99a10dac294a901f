package io.andes.ticketing.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.domain.tenant.Country;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Santiago changes its clocks at midnight between Saturday and Sunday (in 2026: back on 5 April, forward on 6
 * September). Business time is counted on real instants, so the hour that does not exist is never counted.
 */
class DaylightSavingTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private final BusinessCalendar chile = BusinessCalendar.of(Country.CL);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SANTIAGO).toInstant();
    }

    private static ZoneOffset offsetAt(Instant instant) {
        return SANTIAGO.getRules().getOffset(instant);
    }

    @Test
    void businessMinutesAcrossTheAutumnChangeCountLocalOpeningHours() {
        Instant thursday = at("2026-04-02T17:00");
        Instant monday = at("2026-04-06T10:00");

        assertThat(offsetAt(thursday)).isEqualTo(ZoneOffset.ofHours(-3));
        assertThat(offsetAt(monday)).isEqualTo(ZoneOffset.ofHours(-4));
        // Thursday 17–18 and Monday 9–10; Good Friday and Holy Saturday are holidays.
        assertThat(chile.plusBusinessMinutes(thursday, 120)).isEqualTo(monday);
        assertThat(chile.businessMinutesBetween(thursday, monday)).isEqualTo(120);
    }

    @Test
    void businessMinutesAcrossTheSpringChangeCountLocalOpeningHours() {
        Instant friday = at("2026-09-04T17:00");
        Instant monday = at("2026-09-07T10:00");

        assertThat(offsetAt(friday)).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(offsetAt(monday)).isEqualTo(ZoneOffset.ofHours(-3));
        assertThat(chile.plusBusinessMinutes(friday, 120)).isEqualTo(monday);
        assertThat(chile.businessMinutesBetween(friday, monday)).isEqualTo(120);
    }

    @Test
    void aDeskOpenFromMidnightLosesTheSkippedHourOnTheSpringSunday() {
        BusinessHours mornings = new BusinessHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.NOON);
        BusinessCalendar desk = new BusinessCalendar(Country.CL, SANTIAGO, mornings);

        Duration sunday = desk.businessTimeBetween(at("2026-09-05T12:00"), at("2026-09-07T00:00"));
        Duration ordinarySunday = desk.businessTimeBetween(at("2026-09-12T12:00"), at("2026-09-14T00:00"));

        assertThat(sunday).isEqualTo(Duration.ofHours(11));
        assertThat(ordinarySunday).isEqualTo(Duration.ofHours(12));
    }
}
