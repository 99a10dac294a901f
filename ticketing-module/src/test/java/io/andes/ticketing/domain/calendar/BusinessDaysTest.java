package io.andes.ticketing.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.domain.tenant.Country;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDaysTest {

    private final BusinessCalendar colombia = BusinessCalendar.of(Country.CO);

    @ParameterizedTest
    @CsvSource({
        "2026-03-18, 1, 2026-03-19", // 19 March is not a holiday in 2026: San José moved to the 23rd
        "2026-03-20, 1, 2026-03-24", // Friday: skip the weekend and Monday's holiday
        "2026-03-21, 1, 2026-03-24", // filed on a Saturday: counting starts the day after all the same
        "2026-03-02, 15, 2026-03-24",
        "2026-03-27, 15, 2026-04-21", // across Holy Week
        "2026-03-18, 0, 2026-03-18"
    })
    void businessDaysSkipWeekendsAndHolidaysAndNeverCountTheStartDay(LocalDate from, int days, LocalDate expected) {
        assertThat(colombia.plusBusinessDays(from, days)).isEqualTo(expected);
    }

    @Test
    void theSameDaysDependOnTheCountry() {
        LocalDate holyWednesday = LocalDate.parse("2026-04-01");

        assertThat(colombia.plusBusinessDays(holyWednesday, 1)).isEqualTo(LocalDate.parse("2026-04-06"));
        assertThat(BusinessCalendar.of(Country.CL).plusBusinessDays(holyWednesday, 1))
                .isEqualTo(LocalDate.parse("2026-04-02"));
        assertThat(BusinessCalendar.of(Country.MX).plusBusinessDays(holyWednesday, 2))
                .isEqualTo(LocalDate.parse("2026-04-03"));
    }

    @Test
    void weekendsAndHolidaysAreNotBusinessDays() {
        assertThat(colombia.isBusinessDay(LocalDate.parse("2026-03-20"))).isTrue();
        assertThat(colombia.isBusinessDay(LocalDate.parse("2026-03-21"))).isFalse();
        assertThat(colombia.isBusinessDay(LocalDate.parse("2026-03-23"))).isFalse();
    }

    @Test
    void negativeBusinessDaysAreRefused() {
        assertThatThrownBy(() -> colombia.plusBusinessDays(LocalDate.parse("2026-03-18"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void businessHoursMustOpenBeforeTheyClose() {
        assertThatThrownBy(() -> new BusinessHours(Set.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessHours(Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
