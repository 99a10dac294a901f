package io.andes.billing.advisor.domain;

import io.andes.core.problem.ProblemException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A commercial request's number within its tenant, shown as {@code C-000123}: a numbering of its own, so that a
 * commercial request is never mistaken for a ticket ({@code T-…}). Reading forgives case, blanks and missing padding.
 */
public record CommercialNumber(int sequence) {

    private static final Pattern FORMAT = Pattern.compile("(?i)C-(\\d{1,9})");
    private static final int MAX_SEQUENCE = 999_999_999;
    private static final int MAX_INPUT_CHARS = 40;

    public CommercialNumber {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("A sequence runs from 1 to " + MAX_SEQUENCE + ": " + sequence);
        }
    }

    /** Reads what a person typed ("C-000123", "c-123"); anything else is a 400 on {@code number}. */
    public static CommercialNumber parse(String raw) {
        String input = raw == null ? "" : raw.strip();
        Matcher matcher = FORMAT.matcher(input);
        if (input.length() > MAX_INPUT_CHARS || !matcher.matches() || Long.parseLong(matcher.group(1)) < 1) {
            throw ProblemException.invalidField(
                    "number",
                    "no tiene el formato C-000123",
                    "El número de solicitud comercial no es válido; use el formato C-000123.",
                    "The commercial request number is not valid; use the format C-000123.");
        }
        return new CommercialNumber(Integer.parseInt(matcher.group(1)));
    }

    public String formatted() {
        return "C-" + String.format(Locale.ROOT, "%06d", sequence);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
