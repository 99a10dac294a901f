package io.andes.ticketing.domain.ticket;

import java.util.List;

/**
 * Tickets of every tenant for the vendor's agents, in working order: urgent first, then the priority tier, then the
 * earliest due instant. Read with no tenant bound; only list columns, never a ticket's content.
 */
public interface DeskRepository {

    List<DeskRow> list(DeskQuery query, int offset, int limit);

    long count(DeskQuery query);
}
