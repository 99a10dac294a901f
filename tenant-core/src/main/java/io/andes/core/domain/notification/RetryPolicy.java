package io.andes.core.domain.notification;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: 5 s after the first failure, doubling each time, at most one hour apart, each
 * pause shortened by up to a tenth at random so that messages that failed together do not all come back together.
 * After {@code maxAttempts} attempts the message is given up (FAILED).
 */
public final class RetryPolicy {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final double JITTER = 0.1;
    /** 5 s · 2^10 is already past an hour; bounding the exponent keeps the shift from overflowing. */
    private static final int MAX_DOUBLINGS = 10;

    private final int maxAttempts;
    private final DoubleSupplier random;

    /** {@code random} answers values in [0, 1); tests pass a constant. */
    public RetryPolicy(int maxAttempts, DoubleSupplier random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("andes.outbox.max-attempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    /** Whether a message that has had {@code attempts} attempts is given up. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The pause after the {@code failures}-th failed attempt (1 for the first). */
    public Duration pauseAfter(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, MAX_DOUBLINGS);
        long millis = Math.min(FIRST_PAUSE.toMillis() << doublings, LONGEST_PAUSE.toMillis());
        return Duration.ofMillis(Math.round(millis * (1 - JITTER * random.getAsDouble())));
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
