package io.andes.ticketing.domain.numbering;

import java.util.regex.Pattern;

/** A ticket's number within its tenant, shown as {@code T-000123}. */
public record TicketNumber(int sequence) {

    private static final NumberFormat FORMAT = new NumberFormat(
            Pattern.compile("(?i)T-(?<seq>\\d{1,9})"), "ticketNumber", "número de ticket", "ticket number", "T-000123");

    public TicketNumber {
        NumberFormat.requireSequence(sequence);
    }

    /** Reads what a person typed ("T-000123", "t-123"); anything else is a 400 on {@code ticketNumber}. */
    public static TicketNumber parse(String raw) {
        return new TicketNumber(Integer.parseInt(FORMAT.read(raw).group("seq")));
    }

    public String formatted() {
        return "T-" + NumberFormat.pad(sequence);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
