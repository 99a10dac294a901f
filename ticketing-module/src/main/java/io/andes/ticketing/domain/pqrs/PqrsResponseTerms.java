package io.andes.ticketing.domain.pqrs;

import io.andes.core.domain.tenant.Country;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many business days a PQRS may wait for its answer, per country: 15 unless configured otherwise (Colombia's
 * Ley 1755 de 2015 sets 15 días hábiles for a petition). The deadline is the last of those business days of the
 * tenant's calendar, counted from the day after filing.
 */
public final class PqrsResponseTerms {

    public static final int DEFAULT_BUSINESS_DAYS = 15;

    private final Map<Country, Integer> businessDays;

    private PqrsResponseTerms(Map<Country, Integer> businessDays) {
        this.businessDays = businessDays;
    }

    public static PqrsResponseTerms standard() {
        return new PqrsResponseTerms(new EnumMap<>(Country.class));
    }

    /** A copy with another term for one country; the others keep theirs. */
    public PqrsResponseTerms withBusinessDays(Country country, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A PQRS response term is at least one business day: " + days);
        }
        Map<Country, Integer> copy = new EnumMap<>(Country.class);
        copy.putAll(businessDays);
        copy.put(country, days);
        return new PqrsResponseTerms(copy);
    }

    public int businessDays(Country country) {
        return businessDays.getOrDefault(country, DEFAULT_BUSINESS_DAYS);
    }

    /** The last day to answer a PQRS filed on {@code filed} (a date in the tenant's zone). */
    public LocalDate responseDue(LocalDate filed, BusinessCalendar calendar) {
        return calendar.plusBusinessDays(filed, businessDays(calendar.country()));
    }

    /** The same, for the instant of filing, read as a date in the calendar's zone. */
    public LocalDate responseDue(Instant filedAt, BusinessCalendar calendar) {
        return responseDue(LocalDate.ofInstant(filedAt, calendar.zone()), calendar);
    }
}
