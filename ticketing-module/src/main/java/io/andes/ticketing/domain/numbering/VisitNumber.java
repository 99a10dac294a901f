package io.andes.ticketing.domain.numbering;

import java.util.regex.Pattern;

/** A service visit's folio ("folio de servicio") within its tenant, shown as {@code F-000001}. */
public record VisitNumber(int sequence) {

    private static final NumberFormat FORMAT = new NumberFormat(
            Pattern.compile("(?i)F-(?<seq>\\d{1,9})"), "folio", "folio de servicio", "service folio", "F-000001");

    public VisitNumber {
        NumberFormat.requireSequence(sequence);
    }

    /** Reads what a person typed ("F-000001", "f-1"); anything else is a 400 on {@code folio}. */
    public static VisitNumber parse(String raw) {
        return new VisitNumber(Integer.parseInt(FORMAT.read(raw).group("seq")));
    }

    public String formatted() {
        return "F-" + NumberFormat.pad(sequence);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
