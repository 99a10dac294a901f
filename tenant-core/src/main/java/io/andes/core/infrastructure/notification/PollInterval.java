package io.andes.core.infrastructure.notification;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a polling interval such as {@code andes.outbox.poll-interval}: {@code 2s}, {@code 500ms}, {@code 1m}, a bare number of seconds, or ISO-8601
 * ({@code PT2S}); between 100 ms and 10 min. MicroProfile Config has no duration type of its own.
 */
public final class PollInterval {

    static final Duration SHORTEST = Duration.ofMillis(100);
    static final Duration LONGEST = Duration.ofMinutes(10);
    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

    private PollInterval() {}

    static Duration parse(String text) {
        return parse("andes.outbox.poll-interval", text);
    }

    /** The interval set in {@code property}; a wrong setting is an error that names the property. */
    public static Duration parse(String property, String text) {
        Duration interval = read(property, text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (interval.compareTo(SHORTEST) < 0 || interval.compareTo(LONGEST) > 0) {
            throw invalid(property, text);
        }
        return interval;
    }

    private static Duration read(String property, String text) {
        Matcher simple = SIMPLE.matcher(text);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            String unit = simple.group(2) == null ? "s" : simple.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw invalid(property, text);
        }
    }

    private static IllegalStateException invalid(String property, String text) {
        return new IllegalStateException(
                property + "=" + text + " is not a duration between 100ms and 10m (examples: 2s, 500ms, PT2S)");
    }
}
