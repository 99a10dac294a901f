package io.andes.ticketing.domain.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.Month.*;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Mexico: the mandatory rest days of Ley Federal del Trabajo art. 74. Holy Week, 2 November and 12 December are
 * widely observed but not mandatory, so they are not holidays here; election days are decreed case by case.
 */
final class MexicanHolidays implements HolidayRules {

    /** The first 1 October on which the new President took office; it repeats every six years. */
    private static final int FIRST_OCTOBER_INAUGURATION = 2024;

    @Override
    public List<Holiday> holidaysIn(int year) {
        HolidayList list = new HolidayList(year);
        list.on(JANUARY, 1, "Año Nuevo", "New Year's Day")
                .on(monday(list.date(FEBRUARY, 1), 1), "Día de la Constitución", "Constitution Day")
                .on(monday(list.date(MARCH, 1), 3), "Natalicio de Benito Juárez", "Benito Juárez's Birthday")
                .on(MAY, 1, "Día del Trabajo", "Labour Day")
                .on(SEPTEMBER, 16, "Día de la Independencia", "Independence Day")
                .on(monday(list.date(NOVEMBER, 1), 3), "Día de la Revolución", "Revolution Day")
                .on(DECEMBER, 25, "Navidad", "Christmas Day");
        if (year >= FIRST_OCTOBER_INAUGURATION && (year - FIRST_OCTOBER_INAUGURATION) % 6 == 0) {
            list.on(OCTOBER, 1, "Transmisión del Poder Ejecutivo Federal", "Presidential inauguration");
        }
        return list.sorted();
    }

    private static LocalDate monday(LocalDate firstOfMonth, int ordinal) {
        return firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, MONDAY));
    }
}
