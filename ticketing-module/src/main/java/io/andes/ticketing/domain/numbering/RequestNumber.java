package io.andes.ticketing.domain.numbering;

import java.util.regex.Pattern;

/** A multi-item post-sale request's ("solicitud") number within its tenant, shown as {@code S-000012}. */
public record RequestNumber(int sequence) {

    private static final NumberFormat FORMAT = new NumberFormat(
            Pattern.compile("(?i)S-(?<seq>\\d{1,9})"),
            "requestNumber",
            "número de solicitud",
            "request number",
            "S-000012");

    public RequestNumber {
        NumberFormat.requireSequence(sequence);
    }

    /** Reads what a person typed ("S-000012", "s-12"); anything else is a 400 on {@code requestNumber}. */
    public static RequestNumber parse(String raw) {
        return new RequestNumber(Integer.parseInt(FORMAT.read(raw).group("seq")));
    }

    public String formatted() {
        return "S-" + NumberFormat.pad(sequence);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
