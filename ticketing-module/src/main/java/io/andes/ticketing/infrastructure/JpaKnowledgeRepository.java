package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.domain.knowledge.Deflection;
import io.andes.ticketing.domain.knowledge.EntryKind;
import io.andes.ticketing.domain.knowledge.KnowledgeEntry;
import io.andes.ticketing.domain.knowledge.KnowledgeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Articles and news are the vendor's rows (platform entity manager); answers are the tenant's. The tenant-facing
 * queries name the audience and the publish window themselves, the full-text search being native SQL, which the
 * multitenancy of EclipseLink does not filter.
 */
@ApplicationScoped
class JpaKnowledgeRepository implements KnowledgeRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void add(KnowledgeEntry entry) {
        platform().persist(entry);
    }

    @Override
    public void remove(KnowledgeEntry entry) {
        platform().remove(entry);
    }

    @Override
    public void flush() {
        platform().flush();
    }

    @Override
    public Optional<KnowledgeEntry> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(platform().find(KnowledgeEntry.class, id));
    }

    @Override
    public List<KnowledgeEntry> list(EntryKind kind, String text, int offset, int limit) {
        return listQuery("SELECT e", KnowledgeEntry.class, kind, text, " ORDER BY e.updatedAt DESC, e.id")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(EntryKind kind, String text) {
        return listQuery("SELECT COUNT(e)", Long.class, kind, text, "").getSingleResult();
    }

    private <T> TypedQuery<T> listQuery(String select, Class<T> type, EntryKind kind, String text, String order) {
        boolean filtered = text != null && !text.isBlank();
        TypedQuery<T> query = platform()
                .createQuery(
                        select + " FROM KnowledgeEntry e WHERE e.kind = :kind"
                                + (filtered ? " AND (LOWER(e.titleEs) LIKE :text OR LOWER(e.titleEn) LIKE :text)" : "")
                                + order,
                        type)
                .setParameter("kind", kind);
        return filtered ? query.setParameter("text", TicketSearch.likePattern(text.strip())) : query;
    }

    @Override
    public List<KnowledgeEntry> news(TenantId tenant, Instant now, int limit) {
        return platform()
                .createQuery(
                        "SELECT e FROM KnowledgeEntry e WHERE e.kind = :kind"
                                + " AND (e.audienceTenant IS NULL OR e.audienceTenant = :tenant)"
                                + " AND e.publishedFrom <= :now AND (e.publishedUntil IS NULL OR e.publishedUntil > :now)"
                                + " ORDER BY e.publishedFrom DESC, e.id",
                        KnowledgeEntry.class)
                .setParameter("kind", EntryKind.NEWS)
                .setParameter("tenant", tenant.value())
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<KnowledgeEntry> search(TenantId tenant, Instant now, String terms, String serviceCode, int limit) {
        return KnowledgeSearch.query(platform(), tenant, now, terms, serviceCode)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(Deflection deflection) {
        entityManagers.get().persist(deflection);
    }

    @Override
    public List<DeflectionCount> deflections(List<String> entryIds) {
        return entryIds.isEmpty() ? List.of() : KnowledgeSearch.deflections(platform(), entryIds, entryIds.size());
    }

    @Override
    public List<DeflectionCount> deflections(int limit) {
        return KnowledgeSearch.deflections(platform(), List.of(), limit);
    }

    private EntityManager platform() {
        return entityManagers.platform();
    }
}
