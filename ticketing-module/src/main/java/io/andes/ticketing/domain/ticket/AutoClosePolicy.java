package io.andes.ticketing.domain.ticket;

import java.time.Duration;
import java.time.Instant;

/**
 * A solved ticket that the requester neither confirms nor reopens is closed by the system after {@code days}
 * (24-hour) days, so that queues and reports do not keep tickets in limbo.
 */
public record AutoClosePolicy(int days) {

    public static final int DEFAULT_DAYS = 7;

    public AutoClosePolicy {
        if (days < 1) {
            throw new IllegalArgumentException("Auto-closing waits at least one day: " + days);
        }
    }

    public static AutoClosePolicy standard() {
        return new AutoClosePolicy(DEFAULT_DAYS);
    }

    public Instant closesAt(Instant resolvedAt) {
        return resolvedAt.plus(Duration.ofDays(days));
    }

    public boolean isDue(Instant resolvedAt, Instant now) {
        return !now.isBefore(closesAt(resolvedAt));
    }
}
