package io.andes.ticketing.domain.numbering;

import java.util.regex.Pattern;

/**
 * A PQRS filing number ("número de radicado"): the filing year and a sequence that restarts every year within the
 * tenant, shown as {@code PQRS-2026-000045}.
 */
public record PqrsNumber(int year, int sequence) {

    private static final NumberFormat FORMAT = new NumberFormat(
            Pattern.compile("(?i)PQRS-(?<year>[2-9]\\d{3})-(?<seq>\\d{1,9})"),
            "pqrsNumber",
            "número de radicado",
            "filing number",
            "PQRS-2026-000045");

    public PqrsNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("A filing year has four digits from 2000 on: " + year);
        }
        NumberFormat.requireSequence(sequence);
    }

    /** Reads what a person typed ("PQRS-2026-000045", "pqrs-2026-45"); anything else is a 400 on {@code pqrsNumber}. */
    public static PqrsNumber parse(String raw) {
        var matcher = FORMAT.read(raw);
        return new PqrsNumber(Integer.parseInt(matcher.group("year")), Integer.parseInt(matcher.group("seq")));
    }

    public String formatted() {
        return "PQRS-" + year + "-" + NumberFormat.pad(sequence);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
