package io.andes.ticketing.interfaces.rest;

import io.andes.ticketing.domain.ticket.DeskQuery;
import io.andes.ticketing.domain.ticket.TicketPriority;
import io.andes.ticketing.domain.ticket.TicketStatus;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the filters of the agents' list: queue code, status (the open ones when left out), priority, and assignee
 * ({@code me} for the caller). A filter that cannot be read is a 400 naming it.
 */
final class DeskFilters {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,40}");

    private DeskFilters() {}

    static DeskQuery query(String queue, String status, String priority, String assignee, String me) {
        TicketStatus chosen = HistoryFilters.status(status);
        return new DeskQuery(
                queue(queue),
                chosen == null ? DeskQuery.OPEN : Set.of(chosen),
                priority(priority),
                assignee(assignee, me));
    }

    private static String queue(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw HistoryFilters.invalid("queue", "un código de cola (tecnica, administrativa, comercial)");
        }
        return code;
    }

    private static TicketPriority priority(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return TicketPriority.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HistoryFilters.invalid("priority", "NORMAL o URGENT");
        }
    }

    private static String assignee(String raw, String me) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 200) {
            throw HistoryFilters.invalid("assignee", "un usuario de hasta 200 caracteres, o me");
        }
        return "me".equalsIgnoreCase(raw.strip()) ? me : raw.strip();
    }
}
