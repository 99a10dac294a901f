package io.andes.ticketing.domain.calendar;

import io.andes.core.domain.tenant.Country;
import java.util.List;

/**
 * How one country derives its national holidays for a given year. The rules are today's law applied to every year:
 * holidays created or moved by later laws are not back-dated, and one-off holidays (election days, decreed bridges)
 * are not predictable and are left out.
 */
interface HolidayRules {

    List<Holiday> holidaysIn(int year);

    static HolidayRules of(Country country) {
        return switch (country) {
            case CL -> new ChileanHolidays();
            case CO -> new ColombianHolidays();
            case MX -> new MexicanHolidays();
        };
    }
}
