package io.andes.ticketing.domain.knowledge;

import io.andes.core.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The vendor's articles and news. What a tenant reads is always filtered by audience and publish window. */
public interface KnowledgeRepository {

    void add(KnowledgeEntry entry);

    void remove(KnowledgeEntry entry);

    /** Writes pending changes now, so the entry shows its new version. */
    void flush();

    Optional<KnowledgeEntry> find(String id);

    /** Entries of a kind whose title contains {@code text} (any when blank), last changed first. */
    List<KnowledgeEntry> list(EntryKind kind, String text, int offset, int limit);

    long count(EntryKind kind, String text);

    /** News addressed to {@code tenant} and published at {@code now}, newest first. */
    List<KnowledgeEntry> news(TenantId tenant, Instant now, int limit);

    /**
     * Articles addressed to {@code tenant}, published at {@code now}, of {@code serviceCode} or of no service when one
     * is given, matching the boolean-mode {@code terms} in Spanish or English, most relevant first.
     */
    List<KnowledgeEntry> search(TenantId tenant, Instant now, String terms, String serviceCode, int limit);

    void add(Deflection deflection);

    /** Answers per article over every tenant (for the vendor), only for the given article ids. */
    List<DeflectionCount> deflections(List<String> entryIds);

    /** Answers per article over every tenant, most answered first. */
    List<DeflectionCount> deflections(int limit);

    /** How often users answered on one article, and how. */
    record DeflectionCount(String entryId, long resolved, long notResolved) {

        public long answered() {
            return resolved + notResolved;
        }
    }
}
