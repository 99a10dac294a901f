package io.andes.ticketing.application;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.domain.knowledge.EntryDraft;
import io.andes.ticketing.domain.knowledge.EntryKind;
import io.andes.ticketing.domain.knowledge.KnowledgeEntry;
import io.andes.ticketing.domain.knowledge.KnowledgeRepository;
import io.andes.ticketing.domain.knowledge.KnowledgeRepository.DeflectionCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The vendor's support agents and platform admins write the knowledge base and the news: list, read, create, revise
 * (optimistic: a stale version is refused), unpublish and delete; and see how often each article solved a problem.
 * Changes go through {@link KnowledgeChanges}, which audits them.
 */
@ApplicationScoped
public class KnowledgeEditing {

    static final Set<String> EDITORS = Set.of(Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN);
    static final int SUMMARY_LIMIT = 200;

    @Inject
    KnowledgeRepository knowledge;

    @Inject
    KnowledgeChanges changes;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    @Transactional
    public Page<KnowledgeViews.Entry> list(EntryKind kind, String text, PageRequest page) {
        requireEditor();
        List<KnowledgeEntry> entries = knowledge.list(kind, text, page.offset(), page.size());
        Map<String, DeflectionCount> counted = knowledge.deflections(ids(entries)).stream()
                .collect(Collectors.toMap(DeflectionCount::entryId, Function.identity()));
        Instant now = clock.instant();
        return new Page<>(
                entries.stream()
                        .map(e -> KnowledgePresenter.entry(e, counted.get(e.id()), now))
                        .toList(),
                page.page(),
                page.size(),
                knowledge.count(kind, text));
    }

    @Transactional
    public KnowledgeViews.Entry get(EntryKind kind, String id) {
        requireEditor();
        KnowledgeEntry entry = KnowledgeChanges.existing(knowledge, kind, id);
        return KnowledgePresenter.entry(
                entry,
                knowledge.deflections(List.of(entry.id())).stream().findFirst().orElse(null),
                clock.instant());
    }

    public KnowledgeViews.Entry create(EntryKind kind, EntryDraft draft) {
        requireEditor();
        return changes.create(kind, draft);
    }

    public KnowledgeViews.Entry update(EntryKind kind, String id, EntryDraft draft, Long version) {
        requireEditor();
        return changes.update(kind, id, draft, version);
    }

    public KnowledgeViews.Entry unpublish(EntryKind kind, String id) {
        requireEditor();
        return changes.unpublish(kind, id);
    }

    public void delete(EntryKind kind, String id) {
        requireEditor();
        changes.delete(kind, id);
    }

    /** Per article, over every tenant: how often users answered and how; most answered first. */
    @Transactional
    public List<KnowledgeViews.ArticleFigures> deflection() {
        requireEditor();
        return knowledge.deflections(SUMMARY_LIMIT).stream()
                .map(c -> new KnowledgeViews.ArticleFigures(
                        c.entryId(),
                        knowledge.find(c.entryId()).map(e -> e.text().titleEs()).orElse(""),
                        c.answered(),
                        c.resolved(),
                        c.notResolved()))
                .toList();
    }

    private void requireEditor() {
        if (!caller.get().hasAnyRole(EDITORS)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Solo los agentes de soporte y los administradores de la plataforma editan la base de conocimiento.",
                    "Only support agents and platform admins edit the knowledge base.");
        }
    }

    private static List<String> ids(List<KnowledgeEntry> entries) {
        return entries.stream().map(KnowledgeEntry::id).toList();
    }
}
