package io.andes.core.domain.notification;

import java.util.regex.Pattern;

/**
 * A mobile number in E.164 form: {@code +}, a country code not starting with 0, 8 to 15 digits in all. Spaces,
 * hyphens, dots and parentheses people type are dropped first ({@code +56 9 1234-5678} is {@code +56912345678}).
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()-]");
    private static final int VISIBLE_DIGITS = 4;

    public PhoneNumber {
        if (value == null) {
            throw new IllegalArgumentException("A phone number is required");
        }
        value = SEPARATORS.matcher(value).replaceAll("");
        if (!E164.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an E.164 phone number");
        }
    }

    /** For logs: every digit but the last four hidden ({@code +*******5678}), so a log line names no one. */
    public String masked() {
        int hidden = value.length() - 1 - VISIBLE_DIGITS;
        return "+" + "*".repeat(hidden) + value.substring(value.length() - VISIBLE_DIGITS);
    }
}
