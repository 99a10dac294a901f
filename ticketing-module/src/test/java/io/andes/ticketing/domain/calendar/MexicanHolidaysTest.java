package io.andes.ticketing.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.domain.tenant.Country;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MexicanHolidaysTest {

    private final BusinessCalendar mexico = BusinessCalendar.of(Country.MX);

    private List<LocalDate> dates(int year) {
        return mexico.holidaysIn(year).stream().map(Holiday::date).toList();
    }

    /** The mandatory rest days of 2026 (Ley Federal del Trabajo art. 74); Holy Week is not among them. */
    @Test
    void holidaysOf2026AreTheSevenMandatoryRestDays() {
        assertThat(dates(2026))
                .containsExactly(
                        LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-02-02"), // first Monday of February
                        LocalDate.parse("2026-03-16"), // third Monday of March
                        LocalDate.parse("2026-05-01"),
                        LocalDate.parse("2026-09-16"),
                        LocalDate.parse("2026-11-16"), // third Monday of November
                        LocalDate.parse("2026-12-25"));
    }

    @Test
    void holidaysOf2027MoveWithTheirMondays() {
        assertThat(dates(2027))
                .containsExactly(
                        LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2027-02-01"),
                        LocalDate.parse("2027-03-15"),
                        LocalDate.parse("2027-05-01"),
                        LocalDate.parse("2027-09-16"),
                        LocalDate.parse("2027-11-15"),
                        LocalDate.parse("2027-12-25"));
    }

    @Test
    void inaugurationDayIsAHolidayEverySixYearsFrom2024() {
        assertThat(dates(2024)).contains(LocalDate.parse("2024-10-01"));
        assertThat(dates(2030)).contains(LocalDate.parse("2030-10-01"));
        assertThat(dates(2027)).doesNotContain(LocalDate.parse("2027-10-01"));
    }

    @Test
    void goodFridayIsABusinessDayInMexico() {
        assertThat(mexico.isBusinessDay(LocalDate.parse("2026-04-03"))).isTrue();
    }
}
