package io.andes.ticketing.infrastructure;

import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.numbering.TicketNumber;
import io.andes.ticketing.domain.ticket.FoldedText;
import io.andes.ticketing.domain.ticket.TicketListing;
import io.andes.ticketing.domain.ticket.TicketQuery;
import io.andes.ticketing.domain.ticket.TicketStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JPQL of a history query: only the filters given, always within the bound tenant (EclipseLink adds the tenant to
 * every query), newest update first — served by the (tenant_id, updated_at) and (tenant_id, status, updated_at)
 * indexes. The text is looked for in the ticket's folded subject and description ({@link FoldedText}), a binary
 * column compared byte by byte: case and accents do not matter ("credito" finds "Crédito").
 */
final class TicketSearch {

    static final List<TicketStatus> OPEN =
            List.of(TicketStatus.NUEVO, TicketStatus.ABIERTO, TicketStatus.EN_ESPERA_CLIENTE);

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private TicketSearch() {}

    static TicketSearch of(TicketQuery query) {
        TicketSearch search = new TicketSearch();
        if (query.status() != null) {
            search.where("t.status = :status", "status", query.status());
        }
        if (query.categoryId() != null) {
            search.where("t.categoryId = :category", "category", query.categoryId());
        }
        if (query.from() != null) {
            search.where("t.createdAt >= :from", "from", query.from());
        }
        if (query.to() != null) {
            search.where("t.createdAt < :to", "to", query.to());
        }
        if (query.text() != null && !query.text().isBlank()) {
            search.text(query.text().strip());
        }
        return search;
    }

    private void where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    private void text(String text) {
        String like = likePattern(text);
        String matches = "(t.searchText LIKE :text";
        parameters.put("text", like);
        Integer number = asNumber(text);
        if (number != null) {
            matches += " OR t.number = :number";
            parameters.put("number", number);
        }
        conditions.add(matches + ")");
    }

    /** A folded LIKE pattern for "contains {@code text}", its wildcard characters taken literally. */
    static String likePattern(String text) {
        return "%"
                + FoldedText.of(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    private static Integer asNumber(String text) {
        try {
            return TicketNumber.parse(text).sequence();
        } catch (RuntimeException notANumber) {
            return null;
        }
    }

    /** The listing columns only (see {@link TicketListing}): number, subject, status, category, dates, request. */
    TypedQuery<Object[]> select(EntityManager em) {
        return bind(em.createQuery(
                "SELECT t.number, t.subject, t.status, t.categoryId, t.createdAt, t.updatedAt, t.requestNumber"
                        + " FROM Ticket t" + whereClause() + " ORDER BY t.updatedAt DESC",
                Object[].class));
    }

    static TicketListing listing(Object[] row) {
        return new TicketListing(
                new TicketNumber(((Number) row[0]).intValue()),
                (String) row[1],
                (TicketStatus) row[2],
                ((Number) row[3]).longValue(),
                (Instant) row[4],
                (Instant) row[5],
                Optional.ofNullable((Number) row[6]).map(n -> new RequestNumber(n.intValue())));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("SELECT COUNT(t) FROM Ticket t" + whereClause(), Long.class));
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
