package io.andes.core.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A staff search across tenants in native SQL (tenant-owned entities fail closed without a bound tenant): the
 * conditions are added one by one with bound parameters only, and the rows come back as column arrays.
 */
public final class NativeSearch {

    private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code AND condition}, each {@code ?} of it bound to {@code value}; nothing when the value is absent. */
    public NativeSearch and(String condition, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        where.append(" AND ");
        appendBound(condition, () -> value);
        return this;
    }

    /**
     * Adds {@code AND (alternative OR alternative ...)}, the {@code ?} of each alternative bound in order to its
     * values; {@code AND 1 = 0} when there is no alternative, so that nothing matches.
     */
    public NativeSearch andAny(List<Alternative> alternatives) {
        where.append(alternatives.isEmpty() ? " AND 1 = 0" : " AND (");
        for (int a = 0; a < alternatives.size(); a++) {
            Alternative alternative = alternatives.get(a);
            where.append(a == 0 ? "(" : " OR (");
            appendBound(alternative.condition(), alternative.values().iterator()::next);
            where.append(')');
        }
        if (!alternatives.isEmpty()) {
            where.append(')');
        }
        return this;
    }

    /** One condition of {@link #andAny}, with a value for each of its {@code ?} in order. */
    public record Alternative(String condition, List<Object> values) {

        public Alternative {
            long placeholders = condition.chars().filter(c -> c == '?').count();
            if (placeholders != values.size()) {
                throw new IllegalArgumentException(
                        "%d values for the %d ? of %s".formatted(values.size(), placeholders, condition));
            }
            values = List.copyOf(values);
        }
    }

    /** A LIKE pattern for "contains {@code text}" (its own wildcards dropped); null for no text. */
    public static String contains(String text) {
        return text == null || text.isBlank()
                ? null
                : "%" + text.strip().replace("%", "").replace("_", "") + "%";
    }

    public String where() {
        return where.toString();
    }

    /** The rows of {@code select + where() + tail}, {@code limit} from {@code offset}. */
    public List<Object[]> rows(EntityManager em, String select, String tail, int offset, int limit) {
        String page = " LIMIT " + limit + " OFFSET " + offset; // two ints: nothing a caller could inject
        List<?> rows = query(em, select + where + tail + page).getResultList();
        return rows.stream().map(row -> (Object[]) row).toList();
    }

    public long count(EntityManager em, String select) {
        return ((Number) query(em, select + where).getSingleResult()).longValue();
    }

    /** The values of the one column that {@code sql}, without parameters, selects. */
    public static List<?> column(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint(ALLOW_NATIVE_SQL, true).getResultList();
    }

    private Query query(EntityManager em, String sql) {
        Query query = em.createNativeQuery(sql).setHint(ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** Appends {@code condition} with each {@code ?} bound to the next of {@code values}. */
    private void appendBound(String condition, Supplier<Object> values) {
        for (char c : condition.toCharArray()) {
            where.append(c == '?' ? bind(values.get()) : String.valueOf(c));
        }
    }

    private String bind(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    /** Connector/J answers DATE columns as {@link Date} (or {@link LocalDate}). */
    public static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** Connector/J answers TIMESTAMP columns as {@link Timestamp}; the connection runs in UTC. */
    public static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC) : null;
    }
}
