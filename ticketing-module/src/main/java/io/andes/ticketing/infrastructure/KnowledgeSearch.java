package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.domain.knowledge.KnowledgeEntry;
import io.andes.ticketing.domain.knowledge.KnowledgeRepository.DeflectionCount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * The native SQL of the knowledge base. Full-text relevance (InnoDB {@code MATCH … AGAINST} in boolean mode, served by
 * the Spanish and the English FULLTEXT indexes) has no JPQL form; since native SQL is not tenant-filtered, the
 * audience and the publish window are conditions written here.
 */
final class KnowledgeSearch {

    /** Relevance in Spanish plus in English; {@code %s} is the terms' parameter. */
    private static final String RELEVANCE = "(MATCH(e.title_es, e.body_es) AGAINST (%1$s IN BOOLEAN MODE)"
            + " + MATCH(e.title_en, e.body_en) AGAINST (%1$s IN BOOLEAN MODE))";

    private KnowledgeSearch() {}

    static Query query(EntityManager em, TenantId tenant, Instant now, String terms, String serviceCode) {
        List<Object> parameters = new ArrayList<>(List.of(tenant.value(), Timestamp.from(now), terms));
        String relevance = RELEVANCE.formatted("?3");
        StringBuilder sql = new StringBuilder("SELECT e.* FROM knowledge_entry e WHERE e.kind = 'ARTICLE'")
                .append(" AND (e.audience_tenant_id IS NULL OR e.audience_tenant_id = ?1)")
                .append(" AND e.published_from <= ?2 AND (e.published_until IS NULL OR e.published_until > ?2)");
        if (serviceCode != null) {
            sql.append(" AND (e.service_code IS NULL OR e.service_code = ?4)");
            parameters.add(serviceCode);
        }
        sql.append(" AND ").append(relevance).append(" > 0 ORDER BY ").append(relevance);
        sql.append(" DESC, e.published_from DESC, e.id");
        return bind(em.createNativeQuery(sql.toString(), KnowledgeEntry.class), parameters);
    }

    /**
     * Answers per article summed over every tenant: deliberately cross-tenant, for the vendor's staff only, and only
     * counts leave this query. An empty {@code entryIds} means every article, most answered first.
     */
    static List<DeflectionCount> deflections(EntityManager em, List<String> entryIds, int limit) {
        StringBuilder sql = new StringBuilder("SELECT d.entry_id, SUM(CASE WHEN d.resolved THEN 1 ELSE 0 END),")
                .append(" SUM(CASE WHEN d.resolved THEN 0 ELSE 1 END) FROM knowledge_deflection d");
        if (!entryIds.isEmpty()) {
            sql.append(" WHERE d.entry_id IN (");
            for (int i = 1; i <= entryIds.size(); i++) {
                sql.append(i == 1 ? "?" : ", ?").append(i);
            }
            sql.append(")");
        }
        sql.append(" GROUP BY d.entry_id ORDER BY COUNT(*) DESC, d.entry_id");
        Query query = bind(em.createNativeQuery(sql.toString()), new ArrayList<>(entryIds));
        List<?> rows = query.setMaxResults(limit).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new DeflectionCount(
                        (String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    /** Binds the parameters; native SQL is off by default in a unit with multitenant entities, hence the hint. */
    private static Query bind(Query query, List<Object> parameters) {
        query.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
