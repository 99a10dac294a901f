package io.andes.core.domain.tenant;

import static io.andes.core.domain.tenant.InvalidTaxIdException.Reason.INVALID_DATE;
import static io.andes.core.domain.tenant.InvalidTaxIdException.Reason.MALFORMED;
import static io.andes.core.domain.tenant.InvalidTaxIdException.Reason.WRONG_CHECK_DIGIT;
import static io.andes.core.domain.tenant.InvalidTaxIdException.Reason.WRONG_LENGTH;

import io.andes.core.domain.tenant.InvalidTaxIdException.Reason;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's or person's tax identifier (Chile RUT, Colombia NIT, Mexico RFC), always valid and held in canonical
 * form: {@code 76086428-5}, {@code 900123456-8}, {@code GODE561231GR8}. Build it from user input with
 * {@link #of(Country, String)}, which normalises; the constructor only accepts values already in canonical form.
 */
public record TaxId(Country country, String value) {

    /** Far above any legitimate input; stops pathological strings before they reach the regular expressions. */
    private static final int MAX_INPUT_CHARS = 32;

    /**
     * Checks that the value is a valid tax id already in canonical form, so that no invalid or non-canonical TaxId
     * can exist, whatever path (JPA, JSON, tests) created it.
     *
     * @throws InvalidTaxIdException if the country is null, or the value is not a canonical valid tax id
     */
    public TaxId {
        if (country == null) {
            throw InvalidTaxIdException.missingCountry();
        }
        if (!canonicalise(country, value).equals(value)) {
            throw InvalidTaxIdException.notCanonical(country, value);
        }
    }

    /**
     * Validates user input and returns it in canonical form. Accepts the usual ways of writing each id: dots, spaces
     * around, a hyphen or none before the check digit, lower case.
     *
     * @throws InvalidTaxIdException if the country or the input is null, or the input is not a valid tax id
     */
    public static TaxId of(Country country, String raw) {
        if (country == null) {
            throw InvalidTaxIdException.missingCountry();
        }
        return new TaxId(country, canonicalise(country, raw));
    }

    /** The form people expect to read: {@code 76.086.428-5}, {@code 900.123.456-8}, {@code GODE561231GR8}. */
    public String formatted() {
        return switch (country) {
            case CL, CO -> formatWithCheckDigit(value);
            case MX -> value;
        };
    }

    private static String canonicalise(Country country, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidTaxIdException.empty(country);
        }
        if (raw.strip().length() > MAX_INPUT_CHARS) {
            throw InvalidTaxIdException.invalid(country, raw, WRONG_LENGTH);
        }
        return switch (country) {
            case CL -> Rut.canonicalise(raw);
            case CO -> Nit.canonicalise(raw);
            case MX -> Rfc.canonicalise(raw);
        };
    }

    private static String formatWithCheckDigit(String canonical) {
        int hyphen = canonical.lastIndexOf('-');
        return groupThousands(canonical.substring(0, hyphen)) + canonical.substring(hyphen);
    }

    private static String groupThousands(String digits) {
        StringBuilder grouped = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, '.');
        }
        return grouped.toString();
    }

    /** Leading zeros do not change either check digit, so they are dropped to keep one canonical form per id. */
    private static String withoutLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }

    /** Chile: body of 1 to 8 digits, check digit by modulo 11 with weights 2..7 from the right (10 is K, 11 is 0). */
    private static final class Rut {
        private static final Pattern SHAPE = Pattern.compile("([0-9]+(?:\\.[0-9]+)*)-?([0-9K])");
        private static final int MAX_BODY_DIGITS = 8;

        static String canonicalise(String raw) {
            Matcher matcher = SHAPE.matcher(raw.strip().toUpperCase(Locale.ROOT));
            if (!matcher.matches()) {
                throw invalid(raw, MALFORMED);
            }
            String body = withoutLeadingZeros(matcher.group(1).replace(".", ""));
            char checkDigit = matcher.group(2).charAt(0);
            if (body.isEmpty()) {
                // An all-zero body would even pass the check digit ("0-0"), but identifies nobody.
                throw invalid(raw, MALFORMED);
            }
            if (body.length() > MAX_BODY_DIGITS) {
                throw invalid(raw, WRONG_LENGTH);
            }
            if (checkDigit(body) != checkDigit) {
                throw invalid(raw, WRONG_CHECK_DIGIT);
            }
            return body + "-" + checkDigit;
        }

        static char checkDigit(String body) {
            int sum = 0;
            int weight = 2;
            for (int i = body.length() - 1; i >= 0; i--) {
                sum += (body.charAt(i) - '0') * weight;
                weight = weight == 7 ? 2 : weight + 1;
            }
            int digit = 11 - sum % 11;
            return digit == 11 ? '0' : digit == 10 ? 'K' : (char) ('0' + digit);
        }

        private static InvalidTaxIdException invalid(String raw, Reason reason) {
            return InvalidTaxIdException.invalid(Country.CL, raw, reason);
        }
    }

    /**
     * Colombia: body of 6 to 10 digits and a required check digit by the DIAN algorithm: prime weights from the right,
     * r = sum mod 11, check digit r when r is 0 or 1, else 11 - r.
     */
    private static final class Nit {
        // Dots or spaces between digit groups; without a hyphen, the last digit is the check digit.
        private static final Pattern SHAPE = Pattern.compile("([0-9]+(?:[. ][0-9]+)*) *-? *([0-9])");
        private static final int[] WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
        private static final int MIN_BODY_DIGITS = 6;
        private static final int MAX_BODY_DIGITS = 10;

        static String canonicalise(String raw) {
            Matcher matcher = SHAPE.matcher(raw.strip());
            if (!matcher.matches()) {
                throw invalid(raw, MALFORMED);
            }
            String body = withoutLeadingZeros(matcher.group(1).replaceAll("[. ]", ""));
            int checkDigit = matcher.group(2).charAt(0) - '0';
            if (body.isEmpty()) {
                throw invalid(raw, MALFORMED);
            }
            if (body.length() < MIN_BODY_DIGITS || body.length() > MAX_BODY_DIGITS) {
                throw invalid(raw, WRONG_LENGTH);
            }
            if (checkDigit(body) != checkDigit) {
                throw invalid(raw, WRONG_CHECK_DIGIT);
            }
            return body + "-" + checkDigit;
        }

        static int checkDigit(String body) {
            int sum = 0;
            for (int i = 0; i < body.length(); i++) {
                sum += (body.charAt(body.length() - 1 - i) - '0') * WEIGHTS[i];
            }
            int remainder = sum % 11;
            return remainder <= 1 ? remainder : 11 - remainder;
        }

        private static InvalidTaxIdException invalid(String raw, Reason reason) {
            return InvalidTaxIdException.invalid(Country.CO, raw, reason);
        }
    }

    /**
     * Mexico: 3 letters (persona moral) or 4 letters (persona física), a real date YYMMDD and a 3-character
     * homoclave. The homoclave's check character is not verified: only the structure is.
     */
    private static final class Rfc {
        private static final Pattern ALLOWED = Pattern.compile("[A-ZÑ&0-9]+");
        private static final Pattern SHAPE = Pattern.compile("([A-ZÑ&]{3,4})[ -]?([0-9]{6})[ -]?([A-Z0-9]{2}[0-9A])");

        static String canonicalise(String raw) {
            // NFC so that an Ñ typed as N + combining tilde still counts as one letter.
            String input =
                    Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
            String compact = input.replaceAll("[ -]", "");
            if (!ALLOWED.matcher(compact).matches()) {
                throw invalid(raw, MALFORMED);
            }
            if (compact.length() != 12 && compact.length() != 13) {
                throw invalid(raw, WRONG_LENGTH);
            }
            Matcher matcher = SHAPE.matcher(input);
            if (!matcher.matches()) {
                throw invalid(raw, MALFORMED);
            }
            if (!isRealDate(matcher.group(2))) {
                throw invalid(raw, INVALID_DATE);
            }
            return compact;
        }

        /** YY may mean 19YY or 20YY; only Feb 29 depends on which, and it is accepted if either year is a leap. */
        static boolean isRealDate(String yymmdd) {
            int year = Integer.parseInt(yymmdd.substring(0, 2));
            int month = Integer.parseInt(yymmdd.substring(2, 4));
            int day = Integer.parseInt(yymmdd.substring(4, 6));
            if (month < 1 || month > 12 || day < 1) {
                return false;
            }
            int longestMonth = Math.max(
                    YearMonth.of(1900 + year, month).lengthOfMonth(),
                    YearMonth.of(2000 + year, month).lengthOfMonth());
            return day <= longestMonth;
        }

        private static InvalidTaxIdException invalid(String raw, Reason reason) {
            return InvalidTaxIdException.invalid(Country.MX, raw, reason);
        }
    }
}
