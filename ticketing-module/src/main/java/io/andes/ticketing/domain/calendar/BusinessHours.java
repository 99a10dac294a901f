package io.andes.ticketing.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** The weekly opening hours of a support desk, in local time: the same window on each open weekday. */
public record BusinessHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public BusinessHours {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("Business hours need at least one open weekday");
        }
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            throw new IllegalArgumentException("Business hours must open before they close on the same day");
        }
        days = Set.copyOf(days);
    }

    /** Monday to Friday, 09:00 to 18:00: the default of every tenant. */
    public static BusinessHours standard() {
        return new BusinessHours(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0));
    }

    public boolean isOpenOn(DayOfWeek day) {
        return days.contains(day);
    }
}
