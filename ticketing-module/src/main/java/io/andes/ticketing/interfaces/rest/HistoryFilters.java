package io.andes.ticketing.interfaces.rest;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.ticket.TicketQuery;
import io.andes.ticketing.domain.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads the history filters of the query string; a filter that cannot be read is a 400 naming it. */
final class HistoryFilters {

    private HistoryFilters() {}

    static TicketQuery query(String status, String categoryId, String from, String to, String text) {
        return new TicketQuery(
                status(status),
                category(categoryId),
                day(from, "from", 0),
                day(to, "to", 1),
                text == null || text.isBlank() ? null : text.strip());
    }

    static TicketStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return TicketStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("status", "NUEVO, ABIERTO, EN_ESPERA_CLIENTE, RESUELTO o CERRADO");
        }
    }

    static Long category(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw invalid("categoryId", "un número de categoría");
        }
    }

    /** A calendar day, UTC; {@code plusDays} 1 makes "to" include its whole day. */
    private static Instant day(String raw, String field, int plusDays) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field, "una fecha AAAA-MM-DD");
        }
    }

    static ProblemException invalid(String field, String expected) {
        return ProblemException.invalidField(
                field,
                "debe ser " + expected,
                "El filtro " + field + " debe ser " + expected + ".",
                "The filter " + field + " is not valid.");
    }
}
