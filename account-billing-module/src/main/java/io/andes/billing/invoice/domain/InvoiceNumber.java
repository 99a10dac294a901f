package io.andes.billing.invoice.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A platform-wide document number of one year, {@code F-2026-000001} (invoices) or {@code NC-2026-000001}. */
public record InvoiceNumber(String prefix, int year, int sequence) {

    public static final String INVOICE = "F";
    public static final String CREDIT_NOTE = "NC";
    private static final Pattern FORMAT = Pattern.compile("(F|NC)-(20\\d{2})-(\\d{6,9})");

    public InvoiceNumber {
        if (sequence < 1 || year < 2000 || year > 9999) {
            throw new IllegalArgumentException("Not a document number: " + prefix + " " + year + " " + sequence);
        }
    }

    /** The counter row the numbers of this prefix and year come from. */
    public static String counter(String prefix, int year) {
        return prefix + "-" + year;
    }

    public String formatted() {
        return "%s-%d-%06d".formatted(prefix, year, sequence);
    }

    /** A number as a client typed it, or empty: a malformed number is simply not found. */
    public static Optional<InvoiceNumber> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (m == null || !m.matches() || Integer.parseInt(m.group(3)) < 1) {
            return Optional.empty();
        }
        return Optional.of(new InvoiceNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    @Override
    public String toString() {
        return formatted();
    }
}
