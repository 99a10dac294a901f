package io.andes.ticketing.domain.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects one year's holidays so that each country's rules read like the law that defines them. */
final class HolidayList {

    private final int year;
    private final List<Holiday> holidays = new ArrayList<>();

    HolidayList(int year) {
        this.year = year;
    }

    HolidayList on(Month month, int day, String spanishName, String englishName) {
        return on(LocalDate.of(year, month, day), spanishName, englishName);
    }

    HolidayList on(LocalDate date, String spanishName, String englishName) {
        holidays.add(new Holiday(date, spanishName, englishName));
        return this;
    }

    LocalDate date(Month month, int day) {
        return LocalDate.of(year, month, day);
    }

    LocalDate easter() {
        return Easter.sunday(year);
    }

    List<Holiday> sorted() {
        return holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList();
    }
}
