package io.andes.ticketing.domain.ticket;

import io.andes.ticketing.domain.numbering.TicketNumber;

/** What the duplicate warning compares of an open ticket: its number, subject and category, nothing more. */
public record OpenTicketHeadline(TicketNumber number, String subject, long categoryId) {}
