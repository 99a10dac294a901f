package io.andes.ticketing.domain.ticket;

/**
 * The kinds of filing a tenant numbers on its own (tickets, requests, PQRS), each a row of {@code ticket_counter}
 * holding the last number used, taken and moved on in one statement under the row's lock.
 */
public final class TicketCounter {

    public static final String TABLE = "ticket_counter";

    public static final String TICKETS = "TICKET";
    public static final String REQUESTS = "REQUEST";

    private TicketCounter() {}

    /** PQRS numbers restart every year, so each year counts on its own row. */
    public static String pqrs(int year) {
        return "PQRS-" + year;
    }
}
