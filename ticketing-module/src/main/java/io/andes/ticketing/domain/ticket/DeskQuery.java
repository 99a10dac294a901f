package io.andes.ticketing.domain.ticket;

import java.util.Objects;
import java.util.Set;

/**
 * What an agent asks of the cross-tenant ticket list: one queue or all ({@code null}), the statuses (the open ones
 * when not chosen), one priority or both, one assignee or anyone.
 */
public record DeskQuery(String queue, Set<TicketStatus> statuses, TicketPriority priority, String assignee) {

    public static final Set<TicketStatus> OPEN =
            Set.of(TicketStatus.NUEVO, TicketStatus.ABIERTO, TicketStatus.EN_ESPERA_CLIENTE);

    public DeskQuery {
        statuses = statuses == null || statuses.isEmpty() ? OPEN : Set.copyOf(statuses);
        Objects.requireNonNull(statuses);
    }

    public static DeskQuery allOpen() {
        return new DeskQuery(null, OPEN, null, null);
    }
}
