package io.andes.ticketing.domain.pqrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.domain.tenant.Country;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The response deadline of a PQRS as the filing clock and the tenant's calendar make it. */
class PqrsDeadlineTest {

    /** Thursday 19 March 2026, 22:00 in Bogotá; already Friday 20 March in UTC. */
    private static final Clock FILED = Clock.fixed(Instant.parse("2026-03-20T03:00:00Z"), ZoneOffset.UTC);

    private final BusinessCalendar colombia = BusinessCalendar.of(Country.CO);

    @Test
    void fifteenBusinessDaysSkipTheMovedSaintJosephAndHolyWeekInTheTenantsZone() {
        // from Fri 20 Mar: Mon 23 Mar (San José, moved) and Thu 2 / Fri 3 Apr (Holy Week) are not counted
        assertThat(PqrsResponseTerms.standard().responseDue(FILED.instant(), colombia))
                .isEqualTo(LocalDate.of(2026, 4, 14));
    }

    @Test
    void readingTheFilingDayInUtcWouldGiveOneDayMore() {
        LocalDate utcDay = LocalDate.ofInstant(FILED.instant(), ZoneOffset.UTC);

        assertThat(PqrsResponseTerms.standard().responseDue(utcDay, colombia)).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void aConfiguredTermForTheCountryReplacesTheFifteenDays() {
        PqrsResponseTerms ten = PqrsResponseTerms.standard().withBusinessDays(Country.CO, 10);

        // 20, 24, 25, 26, 27, 30, 31 Mar, 1, 6, 7 Apr
        assertThat(ten.responseDue(FILED.instant(), colombia)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(ten.businessDays(Country.CL)).isEqualTo(PqrsResponseTerms.DEFAULT_BUSINESS_DAYS);
    }
}
