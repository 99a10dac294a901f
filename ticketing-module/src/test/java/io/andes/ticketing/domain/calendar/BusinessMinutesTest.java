package io.andes.ticketing.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.domain.tenant.Country;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Business-minute arithmetic in Bogotá (no daylight saving), Monday to Friday 09:00–18:00. */
class BusinessMinutesTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private final BusinessCalendar calendar = BusinessCalendar.of(Country.CO);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BOGOTA).toInstant();
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-03T09:00, true", // Tuesday, opening instant
        "2026-03-03T17:59:59, true",
        "2026-03-03T08:59:59, false",
        "2026-03-03T18:00, false", // closing instant is already closed
        "2026-03-07T10:00, false", // Saturday
        "2026-03-23T10:00, false" // Monday holiday (San José moved)
    })
    void businessTimeIsOpeningHoursOnWorkingDays(String local, boolean expected) {
        assertThat(calendar.isBusinessTime(at(local))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-03T10:00, 30, 2026-03-03T10:30", // same day
        "2026-03-03T17:00, 60, 2026-03-03T18:00", // ends exactly at closing, not next morning
        "2026-03-03T17:30, 60, 2026-03-04T09:30", // across the night
        "2026-03-03T07:00, 30, 2026-03-03T09:30", // before opening counts from opening
        "2026-03-03T20:00, 30, 2026-03-04T09:30", // after closing counts from next opening
        "2026-03-06T17:00, 120, 2026-03-09T10:00", // across the weekend
        "2026-03-07T12:00, 30, 2026-03-09T09:30", // starting on a Saturday
        "2026-03-20T17:00, 120, 2026-03-24T10:00", // across weekend and a Monday holiday
        "2026-04-01T17:00, 120, 2026-04-06T10:00", // across Holy Thursday and Good Friday
        "2026-03-02T09:00, 2700, 2026-03-06T18:00" // five full days
    })
    void addingBusinessMinutesSkipsNightsWeekendsAndHolidays(String start, long minutes, String expected) {
        assertThat(calendar.plusBusinessMinutes(at(start), minutes)).isEqualTo(at(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-03T10:00, 2026-03-03T10:30, 30",
        "2026-03-03T17:30, 2026-03-04T09:30, 60",
        "2026-03-06T17:00, 2026-03-09T10:00, 120",
        "2026-03-20T17:00, 2026-03-24T10:00, 120",
        "2026-03-07T00:00, 2026-03-08T23:59, 0", // a whole weekend
        "2026-03-02T00:00, 2026-03-07T00:00, 2700",
        "2026-03-04T10:00, 2026-03-03T10:00, 0" // reversed interval
    })
    void businessMinutesBetweenCountOnlyOpenTime(String from, String to, long expected) {
        assertThat(calendar.businessMinutesBetween(at(from), at(to))).isEqualTo(expected);
    }

    @Test
    void partialMinutesAreKeptInTheDurationAndRoundedDownInMinutes() {
        Instant from = at("2026-03-03T09:00");
        Instant to = at("2026-03-03T09:00:59");

        assertThat(calendar.businessTimeBetween(from, to)).isEqualTo(Duration.ofSeconds(59));
        assertThat(calendar.businessMinutesBetween(from, to)).isZero();
    }

    @Test
    void addingThenMeasuringGivesBackTheSameBusinessTime() {
        Instant start = at("2026-03-18T15:27:13");
        for (long minutes : new long[] {1, 59, 153, 540, 541, 4321, 20_000}) {
            Instant end = calendar.plusBusinessMinutes(start, minutes);
            assertThat(calendar.businessMinutesBetween(start, end))
                    .as("%d minutes", minutes)
                    .isEqualTo(minutes);
        }
    }

    @Test
    void addingNothingReturnsTheStartEvenOutsideBusinessHours() {
        Instant saturday = at("2026-03-07T12:00");

        assertThat(calendar.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void addingNegativeBusinessTimeIsRefused() {
        assertThatThrownBy(() -> calendar.plusBusinessMinutes(at("2026-03-03T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customHoursAndZoneReplaceTheDefaults() {
        BusinessHours saturdayMornings =
                new BusinessHours(Set.of(DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(12, 0));
        BusinessCalendar desk = new BusinessCalendar(Country.CO, BOGOTA, saturdayMornings);

        assertThat(desk.plusBusinessMinutes(at("2026-03-06T10:00"), 300)).isEqualTo(at("2026-03-14T09:00"));
    }
}
