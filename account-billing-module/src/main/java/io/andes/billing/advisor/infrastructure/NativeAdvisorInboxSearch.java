package io.andes.billing.advisor.infrastructure;

import io.andes.billing.advisor.domain.AdvisorInboxSearch;
import io.andes.billing.advisor.domain.CommercialNumber;
import io.andes.billing.advisor.domain.CommercialRequestType;
import io.andes.billing.advisor.domain.CommercialStatus;
import io.andes.billing.advisor.domain.InboxQuery;
import io.andes.billing.advisor.domain.InboxRow;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
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
 * The advisors' cross-tenant inbox. Native SQL on an entity manager with no tenant bound (tenant-owned entities fail
 * closed there), so it states the tenant condition itself: an advisor's rows are those of the tenants assigned to
 * them in {@code tenant_advisor}. Bound parameters only.
 */
@ApplicationScoped
class NativeAdvisorInboxSearch implements AdvisorInboxSearch {

    private static final String COLUMNS = "r.tenant_id, r.request_sequence, r.type, r.status, r.requester_name,"
            + " r.created_at, r.updated_at, r.session_at";
    private static final String ORDER =
            " ORDER BY CASE r.status WHEN 'CERRADA' THEN 1 ELSE 0 END, r.updated_at DESC, r.tenant_id, r.request_sequence";
    private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public List<InboxRow> list(InboxQuery query, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        String page = " LIMIT " + bind(parameters, limit) + " OFFSET " + bind(parameters, offset);
        List<?> rows = query("SELECT " + COLUMNS + " FROM commercial_request r" + where + ORDER + page, parameters)
                .getResultList();
        return rows.stream().map(row -> row((Object[]) row)).toList();
    }

    @Override
    public long count(InboxQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        return ((Number) query("SELECT COUNT(*) FROM commercial_request r" + where, parameters)
                        .getSingleResult())
                .longValue();
    }

    private Query query(String sql, List<Object> parameters) {
        Query query = entityManagers.forJobOfNoTenant().createNativeQuery(sql).setHint(ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static String where(InboxQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.advisor() != null) {
            where.append(" AND r.tenant_id IN (SELECT a.tenant_id FROM tenant_advisor a WHERE a.advisor_username = ")
                    .append(bind(parameters, query.advisor()))
                    .append(')');
        }
        if (query.status() != null) {
            where.append(" AND r.status = ")
                    .append(bind(parameters, query.status().name()));
        }
        if (query.tenant() != null) {
            where.append(" AND r.tenant_id = ").append(bind(parameters, query.tenant()));
        }
        return where.toString();
    }

    /** Adds a parameter and answers its numbered placeholder. */
    private static String bind(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private static InboxRow row(Object[] row) {
        return new InboxRow(
                new TenantId((String) row[0]),
                new CommercialNumber(((Number) row[1]).intValue()),
                CommercialRequestType.valueOf((String) row[2]),
                CommercialStatus.valueOf((String) row[3]),
                (String) row[4],
                instant(row[5]),
                instant(row[6]),
                instant(row[7]));
    }

    /** Connector/J answers TIMESTAMP columns as {@link Timestamp}; the connection runs in UTC. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC) : null;
    }
}
