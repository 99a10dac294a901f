package io.andes.ticketing.domain.knowledge;

import java.time.Instant;

/**
 * When an entry is shown: from {@code from} (inclusive) until {@code until} (exclusive, none for "no end"). No start
 * means a draft, shown to nobody. A window must start before it ends.
 */
public record PublishWindow(Instant from, Instant until) {

    public PublishWindow {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("A publish window must start before it ends");
        }
    }

    public static PublishWindow draft() {
        return new PublishWindow(null, null);
    }

    /** Whether {@code from} and {@code until} make a valid window. */
    public static boolean isValid(Instant from, Instant until) {
        return from == null || until == null || from.isBefore(until);
    }

    public boolean isOpenAt(Instant now) {
        return from != null && !now.isBefore(from) && (until == null || now.isBefore(until));
    }

    public boolean isDraft() {
        return from == null;
    }
}
