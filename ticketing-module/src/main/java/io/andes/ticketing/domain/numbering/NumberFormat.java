package io.andes.ticketing.domain.numbering;

import io.andes.core.problem.ProblemException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared shape of the filing numbers: a prefix and a sequence padded to six digits (more once a tenant passes
 * 999 999). Reading forgives case, surrounding blanks and missing padding, since people retype numbers from emails
 * and phone calls; it never guesses beyond that. The pattern names its sequence group {@code seq}.
 */
record NumberFormat(Pattern pattern, String field, String spanishWhat, String englishWhat, String example) {

    static final int MAX_SEQUENCE = 999_999_999;
    private static final int MAX_INPUT_CHARS = 40;

    /** Zero-padded to six digits; a sequence is never negative. Every number shown passes here, so no formatter. */
    static String pad(int sequence) {
        String digits = Integer.toString(sequence);
        return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
    }

    static int requireSequence(int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("A sequence runs from 1 to " + MAX_SEQUENCE + ": " + sequence);
        }
        return sequence;
    }

    /** The match of the stripped input, or a 400 on {@link #field} that shows the expected example. */
    Matcher read(String raw) {
        String input = raw == null ? "" : raw.strip();
        Matcher matcher = pattern.matcher(input);
        if (input.length() > MAX_INPUT_CHARS || !matcher.matches() || !inRange(matcher.group("seq"))) {
            throw ProblemException.invalidField(
                    field,
                    "no tiene el formato " + example,
                    "El " + spanishWhat + " no es válido; use el formato " + example + ".",
                    "The " + englishWhat + " is not valid; use the format " + example + ".");
        }
        return matcher;
    }

    private static boolean inRange(String digits) {
        long value = Long.parseLong(digits);
        return value >= 1 && value <= MAX_SEQUENCE;
    }
}
