package io.andes.ticketing.domain.calendar;

import java.time.LocalDate;

/** Western (Gregorian) Easter Sunday, the anchor of Holy Week and of Colombia's movable feasts. */
final class Easter {

    private Easter() {}

    /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher), exact for every Gregorian year. */
    static LocalDate sunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
