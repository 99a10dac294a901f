package io.andes.ticketing.domain.calendar;

import io.andes.core.domain.tenant.Country;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Business time of one tenant: its country's national holidays and its opening hours, in its time zone. Every
 * computation works day by day on real instants, so a day that daylight saving time shortens or lengthens counts
 * exactly the hours it really had.
 */
public final class BusinessCalendar {

    private final Country country;
    private final ZoneId zone;
    private final BusinessHours hours;
    private final HolidayRules rules;
    private final Map<Integer, Map<LocalDate, Holiday>> holidaysByYear = new ConcurrentHashMap<>();

    public BusinessCalendar(Country country, ZoneId zone, BusinessHours hours) {
        this.country = Objects.requireNonNull(country);
        this.zone = Objects.requireNonNull(zone);
        this.hours = Objects.requireNonNull(hours);
        this.rules = HolidayRules.of(country);
    }

    /** The country's default time zone and the standard opening hours. */
    public static BusinessCalendar of(Country country) {
        return new BusinessCalendar(country, country.zone(), BusinessHours.standard());
    }

    public Country country() {
        return country;
    }

    public ZoneId zone() {
        return zone;
    }

    public BusinessHours hours() {
        return hours;
    }

    /** The year's holidays by date; two holidays on one date (it happens in Colombia) appear twice. */
    public List<Holiday> holidaysIn(int year) {
        return rules.holidaysIn(year);
    }

    public Optional<Holiday> holidayOn(LocalDate date) {
        return Optional.ofNullable(holidayIndex(date.getYear()).get(date));
    }

    public boolean isBusinessDay(LocalDate date) {
        return hours.isOpenOn(date.getDayOfWeek()) && holidayOn(date).isEmpty();
    }

    public boolean isBusinessTime(Instant instant) {
        return window(LocalDate.ofInstant(instant, zone))
                .map(open -> open.contains(instant))
                .orElse(false);
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code start}. Time outside the
     * opening hours does not count, so starting on a Saturday begins counting at the next opening. A zero amount
     * returns {@code start} itself; an amount that ends exactly at closing time ends at closing time, not at the
     * next opening.
     */
    public Instant plus(Instant start, Duration amount) {
        requireNotNegative(amount);
        if (amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        for (LocalDate day = LocalDate.ofInstant(start, zone); ; day = day.plusDays(1)) {
            Optional<Window> open = window(day);
            if (open.isEmpty() || !start.isBefore(open.get().closes())) {
                continue;
            }
            Instant from =
                    start.isAfter(open.get().opens()) ? start : open.get().opens();
            Duration available = Duration.between(from, open.get().closes());
            if (remaining.compareTo(available) <= 0) {
                return from.plus(remaining);
            }
            remaining = remaining.minus(available);
        }
    }

    public Instant plusBusinessMinutes(Instant start, long minutes) {
        return plus(start, Duration.ofMinutes(minutes));
    }

    /** The business time inside [from, to); zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<Window> open = window(day);
            if (open.isPresent()) {
                total = total.plus(open.get().overlap(from, to));
            }
        }
        return total;
    }

    /** Whole business minutes inside [from, to), rounded down. */
    public long businessMinutesBetween(Instant from, Instant to) {
        return businessTimeBetween(from, to).toMinutes();
    }

    /**
     * The {@code days}-th business day after {@code date}. The date itself never counts, as in "15 días hábiles
     * siguientes a la fecha de radicación": a filing on any day, business or not, starts counting the day after.
     */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of business days: " + days);
        }
        LocalDate result = date;
        for (int counted = 0; counted < days; ) {
            result = result.plusDays(1);
            if (isBusinessDay(result)) {
                counted++;
            }
        }
        return result;
    }

    private static void requireNotNegative(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Cannot add negative business time: " + amount);
        }
    }

    /** The opening window of that day, or empty on a weekend, closed weekday or holiday. */
    Optional<Window> window(LocalDate date) {
        if (!isBusinessDay(date)) {
            return Optional.empty();
        }
        Instant opens = ZonedDateTime.of(date, hours.opens(), zone).toInstant();
        Instant closes = ZonedDateTime.of(date, hours.closes(), zone).toInstant();
        return Optional.of(new Window(opens, closes));
    }

    private Map<LocalDate, Holiday> holidayIndex(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> rules.holidaysIn(y).stream()
                .collect(Collectors.toMap(Holiday::date, Function.identity(), (first, second) -> first)));
    }

    /** A span of open time on one day, from opening (inclusive) to closing (exclusive). */
    record Window(Instant opens, Instant closes) {

        boolean contains(Instant instant) {
            return !instant.isBefore(opens) && instant.isBefore(closes);
        }

        /** The open time of this window that lies inside [from, to). */
        Duration overlap(Instant from, Instant to) {
            Instant start = from.isAfter(opens) ? from : opens;
            Instant end = to.isBefore(closes) ? to : closes;
            return start.isBefore(end) ? Duration.between(start, end) : Duration.ZERO;
        }
    }
}
