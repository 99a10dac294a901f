package io.andes.ticketing.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What billing needs to know of a ticket of the bound tenant (the claim behind a credit note, the notice date of a
 * cancellation) and the one change it makes: a paid "Soporte urgente" raises the ticket to urgent at once. Works in
 * the caller's transaction; a malformed, unknown or other tenant's number is simply not found.
 */
public interface TicketFacts {

    Optional<Fact> find(String number);

    /**
     * Raises the open ticket to urgent (its tier's urgent SLA targets apply from its opening) and leaves an internal
     * note saying why; a solved or closed ticket is a 409, an unknown one a 404.
     */
    Fact raiseToUrgent(String number, String note);

    /**
     * A ticket as billing sees it: {@code effectiveDate} only for a cancellation (the day its notice was given, in
     * the tenant's time zone), {@code urgent} when its priority is urgent, {@code open} until it is solved or closed.
     */
    record Fact(String number, String subject, String status, boolean open, boolean urgent, LocalDate effectiveDate) {}
}
