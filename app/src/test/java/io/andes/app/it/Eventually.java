package io.andes.app.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a condition holds, failing with the last value seen after a deadline (never a sleep-as-assertion). */
final class Eventually {

    static final Duration DELIVERY = Duration.ofSeconds(60);

    private Eventually() {}

    static <T> T await(Supplier<T> probe, Predicate<T> done, String what) {
        Instant deadline = Instant.now().plus(DELIVERY);
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + DELIVERY + " for " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        return value;
    }
}
