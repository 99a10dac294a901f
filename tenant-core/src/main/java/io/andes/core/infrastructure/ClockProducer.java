package io.andes.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The platform's single source of time; tests and simulations replace it with an alternative producer. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }

    /**
     * Instants in microseconds, what the database stores, so that an instant read back equals the one written (and an
     * idempotent replay answers byte for byte the same). {@code Clock.tick} cannot do this: it fails below 1 ms.
     */
    static final class MicrosecondClock extends Clock {

        private final Clock base;

        MicrosecondClock(Clock base) {
            this.base = base;
        }

        @Override
        public Instant instant() {
            return base.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return base.millis();
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(base.withZone(zone == null ? ZoneOffset.UTC : zone));
        }
    }
}
