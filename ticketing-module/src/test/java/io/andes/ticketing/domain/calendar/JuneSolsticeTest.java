package io.andes.ticketing.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JuneSolsticeTest {

    /** Published June solstice instants (UTC, to the minute). */
    @ParameterizedTest
    @CsvSource({
        "2022, 2022-06-21T09:14:00Z",
        "2023, 2023-06-21T14:58:00Z",
        "2024, 2024-06-20T20:51:00Z",
        "2025, 2025-06-21T02:42:00Z",
        "2026, 2026-06-21T08:24:00Z",
        "2027, 2027-06-21T14:11:00Z",
        "2028, 2028-06-20T20:02:00Z",
        "2029, 2029-06-21T01:48:00Z",
        "2030, 2030-06-21T07:31:00Z"
    })
    void solsticeIsWithinTwoMinutesOfThePublishedInstant(int year, Instant published) {
        assertThat(Duration.between(published, JuneSolstice.instant(year)).abs())
                .isLessThan(Duration.ofMinutes(2));
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024-06-20", "2025, 2025-06-20", "2026, 2026-06-21", "2027, 2027-06-21", "2029, 2029-06-20"})
    void aSolsticeLateAtNightUtcIsStillTheEveningBeforeInChile(int year, LocalDate chileanDay) {
        assertThat(JuneSolstice.chileanDate(year)).isEqualTo(chileanDay);
    }
}
