package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantBinding;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.domain.knowledge.Deflection;
import io.andes.ticketing.domain.knowledge.EntryKind;
import io.andes.ticketing.domain.knowledge.KnowledgeEntry;
import io.andes.ticketing.domain.knowledge.KnowledgeRepository;
import io.andes.ticketing.domain.knowledge.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a tenant's users read before opening a ticket: the news addressed to them, the articles that may solve what
 * they are typing (full-text relevance), one article, and their answer to "¿Esto resolvió su problema?". Only entries
 * addressed to the caller's tenant and published now are ever shown; anything else is "not found".
 */
@ApplicationScoped
public class KnowledgeUseCases {

    public static final int MAX_SOLUTIONS = 8;
    public static final int MAX_NEWS = 10;
    public static final int QUERY_MAX = Deflection.QUERY_MAX;

    @Inject
    KnowledgeRepository knowledge;

    @Inject
    TenantBinding binding;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    @Transactional
    public List<KnowledgeViews.News> news(boolean english) {
        return knowledge.news(binding.require(), clock.instant(), MAX_NEWS).stream()
                .map(entry -> KnowledgePresenter.news(entry, english))
                .toList();
    }

    /**
     * The articles most relevant to {@code typed}, of the given service or of none. Text with no word worth searching
     * (too short, only stop words) gives no suggestions rather than an error: the portal asks while the user types.
     */
    @Transactional
    public List<KnowledgeViews.Solution> solutions(String typed, String serviceCode, boolean english) {
        String text = query(typed, true);
        String service = serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip();
        return SearchTerms.of(text)
                .map(terms -> knowledge.search(binding.require(), clock.instant(), terms, service, MAX_SOLUTIONS))
                .orElse(List.of())
                .stream()
                .map(entry -> KnowledgePresenter.solution(entry, english))
                .toList();
    }

    @Transactional
    public KnowledgeViews.Article article(String id, boolean english) {
        return KnowledgePresenter.article(visibleArticle(id), english);
    }

    /** Records the caller's answer on a visible article, with what they had typed (optional). */
    @Transactional
    public KnowledgeViews.Feedback feedback(String id, boolean resolved, String typed) {
        KnowledgeEntry article = visibleArticle(id);
        CurrentUser user = caller.get();
        Deflection answer = new Deflection(
                article, user.subject(), user.username(), query(typed, false), resolved, clock.instant());
        knowledge.add(answer);
        return new KnowledgeViews.Feedback(answer.id(), article.id(), resolved, answer.answeredAt());
    }

    private KnowledgeEntry visibleArticle(String id) {
        TenantId tenant = binding.require();
        Instant now = clock.instant();
        return knowledge
                .find(id)
                .filter(entry -> entry.kind() == EntryKind.ARTICLE && entry.isVisibleTo(tenant, now))
                .orElseThrow(() -> ProblemException.notFound("el artículo", "The article"));
    }

    private static String query(String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                throw ProblemException.invalidField(
                        "q",
                        "es obligatorio",
                        "Escriba qué necesita resolver (parámetro q).",
                        "Type what you need to solve (parameter q).");
            }
            return null;
        }
        if (typed.length() > QUERY_MAX) {
            throw ProblemException.invalidField(
                    required ? "q" : "query",
                    "tiene más de " + QUERY_MAX + " caracteres",
                    "El texto de búsqueda tiene más de " + QUERY_MAX + " caracteres.",
                    "The search text is longer than " + QUERY_MAX + " characters.");
        }
        return typed.strip();
    }
}
