package io.andes.ticketing.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.domain.tenant.Country;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColombianHolidaysTest {

    private final BusinessCalendar colombia = BusinessCalendar.of(Country.CO);

    private List<LocalDate> dates(int year) {
        return colombia.holidaysIn(year).stream().map(Holiday::date).toList();
    }

    /** The 18 "festivos" of 2026 as published (Ley 51 de 1983; Easter on 5 April). */
    @Test
    void holidaysOf2026AreTheEighteenPublishedOnes() {
        assertThat(dates(2026))
                .containsExactly(
                        LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-01-12"), // Reyes, 6 January moved
                        LocalDate.parse("2026-03-23"), // San José, 19 March moved
                        LocalDate.parse("2026-04-02"), // Jueves Santo
                        LocalDate.parse("2026-04-03"), // Viernes Santo
                        LocalDate.parse("2026-05-01"),
                        LocalDate.parse("2026-05-18"), // Ascensión
                        LocalDate.parse("2026-06-08"), // Corpus Christi
                        LocalDate.parse("2026-06-15"), // Sagrado Corazón
                        LocalDate.parse("2026-06-29"), // San Pedro, already a Monday
                        LocalDate.parse("2026-07-20"),
                        LocalDate.parse("2026-08-07"),
                        LocalDate.parse("2026-08-17"), // Asunción, 15 August moved
                        LocalDate.parse("2026-10-12"), // already a Monday
                        LocalDate.parse("2026-11-02"), // Todos los Santos moved
                        LocalDate.parse("2026-11-16"), // Cartagena moved
                        LocalDate.parse("2026-12-08"),
                        LocalDate.parse("2026-12-25"));
    }

    @Test
    void holidaysOf2027FollowEasterOn28March() {
        assertThat(dates(2027))
                .containsExactly(
                        LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2027-01-11"),
                        LocalDate.parse("2027-03-22"),
                        LocalDate.parse("2027-03-25"),
                        LocalDate.parse("2027-03-26"),
                        LocalDate.parse("2027-05-01"), // a Saturday, not moved
                        LocalDate.parse("2027-05-10"),
                        LocalDate.parse("2027-05-31"),
                        LocalDate.parse("2027-06-07"),
                        LocalDate.parse("2027-07-05"),
                        LocalDate.parse("2027-07-20"),
                        LocalDate.parse("2027-08-07"), // a Saturday, not moved
                        LocalDate.parse("2027-08-16"),
                        LocalDate.parse("2027-10-18"),
                        LocalDate.parse("2027-11-01"),
                        LocalDate.parse("2027-11-15"),
                        LocalDate.parse("2027-12-08"),
                        LocalDate.parse("2027-12-25"));
    }

    @Test
    void emilianiHolidaysAlwaysFallOnAMonday() {
        for (int year = 2020; year <= 2040; year++) {
            colombia.holidaysIn(year).stream()
                    .filter(holiday -> holiday.name(false)
                            .matches("Día de los Reyes Magos|Ascensión del Señor|"
                                    + "Corpus Christi|Sagrado Corazón de Jesús|Independencia de Cartagena"))
                    .forEach(
                            holiday -> assertThat(holiday.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        }
    }
}
