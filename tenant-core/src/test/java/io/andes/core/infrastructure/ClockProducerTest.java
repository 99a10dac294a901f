package io.andes.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    /** An instant with nanoseconds below the microsecond, as a high-resolution system clock can return. */
    private static final Instant WITH_NANOS = Instant.parse("2025-03-10T12:34:56.123456789Z");

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private final Clock clock = new ClockProducer().clock();

    @Test
    void producedClockNeverHasNanosecondsBelowTheMicrosecond() {
        for (int i = 0; i < 10_000; i++) {
            Instant instant = clock.instant();
            assertThat(instant.getNano() % 1000).as("nanos of %s", instant).isZero();
        }
    }

    @Test
    void instantIsTruncatedToTheMicrosecondNotRounded() {
        Clock micros = new ClockProducer.MicrosecondClock(Clock.fixed(WITH_NANOS, ZoneOffset.UTC));

        assertThat(micros.instant()).isEqualTo(Instant.parse("2025-03-10T12:34:56.123456Z"));
    }

    @Test
    void producedClockTellsTheCurrentTime() {
        assertThat(clock.millis()).isCloseTo(System.currentTimeMillis(), within(1_000L));
        assertThat(clock.instant().toEpochMilli()).isCloseTo(System.currentTimeMillis(), within(1_000L));
    }

    @Test
    void millisAgreeWithTheInstant() {
        Clock micros = new ClockProducer.MicrosecondClock(Clock.fixed(WITH_NANOS, ZoneOffset.UTC));

        assertThat(micros.millis()).isEqualTo(micros.instant().toEpochMilli());
    }

    @Test
    void producedClockIsInUtc() {
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void withZoneChangesTheZoneAndKeepsTheTruncation() {
        Clock micros = new ClockProducer.MicrosecondClock(Clock.fixed(WITH_NANOS, ZoneOffset.UTC));

        Clock inSantiago = micros.withZone(SANTIAGO);

        assertThat(inSantiago.getZone()).isEqualTo(SANTIAGO);
        assertThat(inSantiago.instant()).isEqualTo(Instant.parse("2025-03-10T12:34:56.123456Z"));
        assertThat(inSantiago).isInstanceOf(ClockProducer.MicrosecondClock.class);
    }

    @Test
    void producedClockInAnotherZoneKeepsTheTruncationOverManyCalls() {
        Clock inSantiago = clock.withZone(SANTIAGO);

        for (int i = 0; i < 10_000; i++) {
            assertThat(inSantiago.instant().getNano() % 1000).isZero();
        }
        assertThat(inSantiago.millis()).isCloseTo(System.currentTimeMillis(), within(1_000L));
    }

    @Test
    void withoutAZoneTheClockFallsBackToUtc() {
        assertThat(clock.withZone(SANTIAGO).withZone(null).getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
