package io.andes.ticketing.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.domain.tenant.Country;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChileanHolidaysTest {

    private final BusinessCalendar chile = BusinessCalendar.of(Country.CL);

    private List<LocalDate> dates(int year) {
        return chile.holidaysIn(year).stream().map(Holiday::date).toList();
    }

    /** The 2026 national holidays as published (feriados.cl, Dirección del Trabajo); no election in 2026. */
    @Test
    void holidaysOf2026AreTheSixteenPublishedOnes() {
        assertThat(dates(2026))
                .containsExactly(
                        LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-04-03"), // Viernes Santo
                        LocalDate.parse("2026-04-04"), // Sábado Santo
                        LocalDate.parse("2026-05-01"),
                        LocalDate.parse("2026-05-21"),
                        LocalDate.parse("2026-06-21"), // Pueblos Indígenas, solstice on a Sunday
                        LocalDate.parse("2026-06-29"), // San Pedro y San Pablo, already a Monday
                        LocalDate.parse("2026-07-16"),
                        LocalDate.parse("2026-08-15"),
                        LocalDate.parse("2026-09-18"),
                        LocalDate.parse("2026-09-19"),
                        LocalDate.parse("2026-10-12"), // already a Monday
                        LocalDate.parse("2026-10-31"), // a Saturday: stays
                        LocalDate.parse("2026-11-01"),
                        LocalDate.parse("2026-12-08"),
                        LocalDate.parse("2026-12-25"));
    }

    @Test
    void holidaysOf2027MoveTuesdayFeastsBackToMonday() {
        assertThat(dates(2027))
                .containsExactly(
                        LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2027-03-26"),
                        LocalDate.parse("2027-03-27"),
                        LocalDate.parse("2027-05-01"),
                        LocalDate.parse("2027-05-21"),
                        LocalDate.parse("2027-06-21"),
                        LocalDate.parse("2027-06-28"), // 29 June is a Tuesday
                        LocalDate.parse("2027-07-16"),
                        LocalDate.parse("2027-08-15"),
                        LocalDate.parse("2027-09-18"),
                        LocalDate.parse("2027-09-19"),
                        LocalDate.parse("2027-10-11"), // 12 October is a Tuesday
                        LocalDate.parse("2027-10-31"),
                        LocalDate.parse("2027-11-01"),
                        LocalDate.parse("2027-12-08"),
                        LocalDate.parse("2027-12-25"));
    }

    @ParameterizedTest
    @CsvSource({
        "2027-06-29, 2027-06-28", // Tuesday → Monday of that week
        "2022-10-12, 2022-10-10", // Wednesday → Monday of that week
        "2023-06-29, 2023-06-26", // Thursday → Monday of that week
        "2018-06-29, 2018-07-02", // Friday → next Monday
        "2024-06-29, 2024-06-29", // Saturday stays
        "2025-10-12, 2025-10-12", // Sunday stays
        "2026-06-29, 2026-06-29" // Monday stays
    })
    void law19668MovesMidweekFeastsToAMonday(LocalDate feast, LocalDate observed) {
        assertThat(ChileanHolidays.law19668(feast)).isEqualTo(observed);
    }

    @Test
    void reformationDayOnATuesdayMovesToTheFridayBeforeAndOnAWednesdayToTheFridayAfter() {
        assertThat(dates(2023)).contains(LocalDate.parse("2023-10-27")).doesNotContain(LocalDate.parse("2023-10-31"));
        assertThat(dates(2018)).contains(LocalDate.parse("2018-11-02")).doesNotContain(LocalDate.parse("2018-10-31"));
    }

    @Test
    void bridgeHolidaysAppearOnlyInTheYearsTheirWeekdayCalls() {
        assertThat(dates(2023)).contains(LocalDate.parse("2023-01-02")); // 1 January on a Sunday
        assertThat(dates(2029)).contains(LocalDate.parse("2029-09-17")); // a Monday before the 18th
        assertThat(dates(2024)).contains(LocalDate.parse("2024-09-20")); // a Friday after the 19th
        assertThat(dates(2026))
                .doesNotContain(
                        LocalDate.parse("2026-01-02"), LocalDate.parse("2026-09-17"), LocalDate.parse("2026-09-20"));
    }

    @Test
    void indigenousPeoplesDayFollowsTheSolsticeInChileanTime() {
        assertThat(chile.holidayOn(LocalDate.parse("2025-06-20")))
                .map(holiday -> holiday.name(true))
                .contains("Indigenous Peoples' Day");
        assertThat(chile.holidayOn(LocalDate.parse("2025-06-21"))).isEmpty();
    }

    @Test
    void holidaysHaveSpanishAndEnglishNames() {
        Holiday christmas = chile.holidayOn(LocalDate.parse("2026-12-25")).orElseThrow();

        assertThat(christmas.name(false)).isEqualTo("Navidad");
        assertThat(christmas.name(true)).isEqualTo("Christmas Day");
    }
}
