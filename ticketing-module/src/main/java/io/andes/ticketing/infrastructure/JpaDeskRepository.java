package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.domain.sla.SupportTier;
import io.andes.ticketing.domain.ticket.DeskQuery;
import io.andes.ticketing.domain.ticket.DeskRepository;
import io.andes.ticketing.domain.ticket.DeskRow;
import io.andes.ticketing.domain.ticket.TicketPriority;
import io.andes.ticketing.domain.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The agents' cross-tenant list. Native SQL on an entity manager with no tenant bound (tenant-owned entities fail
 * closed there), so it states every condition itself; it reads list columns only, with bound parameters.
 */
@ApplicationScoped
class JpaDeskRepository implements DeskRepository {

    private static final String COLUMNS = "tenant_id, number, subject, queue_code, status, priority, support_tier,"
            + " assignee, first_response_due, resolution_due,"
            + " (first_response_breached_at IS NOT NULL OR resolution_breached_at IS NOT NULL), updated_at";

    /** Urgent first, then the priority tier, then whatever falls due first (the first response of new tickets). */
    private static final String ORDER = " ORDER BY CASE priority WHEN 'URGENT' THEN 0 ELSE 1 END,"
            + " CASE support_tier WHEN 'PRIORITARIO' THEN 0 ELSE 1 END,"
            + " CASE WHEN status = 'NUEVO' THEN first_response_due ELSE resolution_due END, tenant_id, number";

    private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public List<DeskRow> list(DeskQuery query, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        String page = " LIMIT " + bind(parameters, limit) + " OFFSET " + bind(parameters, offset);
        List<?> rows = query("SELECT " + COLUMNS + " FROM ticket" + where + ORDER + page, parameters)
                .getResultList();
        return rows.stream().map(row -> row((Object[]) row)).toList();
    }

    @Override
    public long count(DeskQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        return ((Number)
                        query("SELECT COUNT(*) FROM ticket" + where, parameters).getSingleResult())
                .longValue();
    }

    private Query query(String sql, List<Object> parameters) {
        Query query = entityManagers.forJobOfNoTenant().createNativeQuery(sql).setHint(ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static String where(DeskQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE status IN (");
        List<TicketStatus> statuses = List.copyOf(query.statuses());
        for (int i = 0; i < statuses.size(); i++) {
            where.append(i == 0 ? "" : ", ")
                    .append(bind(parameters, statuses.get(i).name()));
        }
        where.append(')');
        condition(where, parameters, "queue_code", query.queue());
        condition(
                where,
                parameters,
                "priority",
                query.priority() == null ? null : query.priority().name());
        condition(where, parameters, "assignee", query.assignee());
        return where.toString();
    }

    private static void condition(StringBuilder where, List<Object> parameters, String column, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ").append(bind(parameters, value));
        }
    }

    /** Adds a parameter and answers its numbered placeholder. */
    private static String bind(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private static DeskRow row(Object[] row) {
        return new DeskRow(
                new TenantId((String) row[0]),
                ((Number) row[1]).intValue(),
                (String) row[2],
                (String) row[3],
                TicketStatus.valueOf((String) row[4]),
                TicketPriority.valueOf((String) row[5]),
                SupportTier.valueOf((String) row[6]),
                (String) row[7],
                instant(row[8]),
                instant(row[9]),
                truth(row[10]),
                instant(row[11]));
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    /** Connector/J answers TIMESTAMP columns as {@link Timestamp}; the connection runs in UTC. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC) : null;
    }
}
