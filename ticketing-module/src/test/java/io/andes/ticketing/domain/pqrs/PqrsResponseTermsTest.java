package io.andes.ticketing.domain.pqrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.domain.tenant.Country;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PqrsResponseTermsTest {

    private final BusinessCalendar colombia = BusinessCalendar.of(Country.CO);
    private final PqrsResponseTerms terms = PqrsResponseTerms.standard();

    @Test
    void aPqrsIsAnsweredWithinFifteenBusinessDaysOfTheTenantsCountry() {
        // 3–20 March is 14 business days; Monday the 23rd is San José; the 15th is Tuesday the 24th.
        assertThat(terms.responseDue(LocalDate.parse("2026-03-02"), colombia)).isEqualTo(LocalDate.parse("2026-03-24"));
    }

    @Test
    void theSameFilingDateGivesAnotherDeadlineInAnotherCountry() {
        LocalDate filed = LocalDate.parse("2026-03-02");

        assertThat(terms.responseDue(filed, BusinessCalendar.of(Country.MX))).isEqualTo(LocalDate.parse("2026-03-24"));
        // Mexico's 16 March (third Monday) replaces Colombia's 23 March; Chile has neither.
        assertThat(terms.responseDue(filed, BusinessCalendar.of(Country.CL))).isEqualTo(LocalDate.parse("2026-03-23"));
    }

    @Test
    void aFilingLateAtNightCountsFromItsLocalDate() {
        Instant lateOnMonday = Instant.parse("2026-03-03T04:30:00Z"); // 23:30 on Monday 2 March in Bogotá

        assertThat(terms.responseDue(lateOnMonday, colombia)).isEqualTo(LocalDate.parse("2026-03-24"));
    }

    @Test
    void theTermIsConfigurablePerCountry() {
        PqrsResponseTerms shorter = terms.withBusinessDays(Country.CO, 10);

        assertThat(shorter.businessDays(Country.CO)).isEqualTo(10);
        assertThat(shorter.businessDays(Country.MX)).isEqualTo(15);
        assertThat(terms.businessDays(Country.CO)).isEqualTo(15);
        assertThat(shorter.responseDue(LocalDate.parse("2026-03-02"), colombia))
                .isEqualTo(LocalDate.parse("2026-03-16"));
        assertThatThrownBy(() -> terms.withBusinessDays(Country.CL, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
