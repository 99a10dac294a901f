package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.application.KnowledgeUseCases;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Before a ticket is opened: the active news first, then, while the user types the subject, the articles that may
 * solve it, each asking "¿Esto resolvió su problema?". A "yes" means no ticket is needed; a "no" lets them go on.
 */
@Named("solutionSuggestions")
@ViewScoped
public class SolutionSuggestions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fewer letters than this say nothing yet: no search while the first word is being typed. */
    static final int MIN_TYPED = 4;

    @Inject
    KnowledgeUseCases knowledge;

    @Inject
    LanguageSelection language;

    @Inject
    PortalMessages messages;

    private List<KnowledgeViews.News> news;
    private boolean newsInEnglish;
    private List<KnowledgeViews.Solution> suggestions = List.of();
    private final Map<String, Boolean> answers = new HashMap<>();
    private String typed;

    public List<KnowledgeViews.News> getNews() {
        if (news == null || newsInEnglish != language.isEnglish()) {
            newsInEnglish = language.isEnglish();
            news = knowledge.news(newsInEnglish);
        }
        return news;
    }

    /** The ajax listener of the subject: suggestions for what it says now. */
    public void search(String subject) {
        typed = subject == null ? "" : subject.strip();
        if (typed.length() < MIN_TYPED) {
            suggestions = List.of();
            return;
        }
        try {
            suggestions = knowledge.solutions(typed, null, language.isEnglish());
        } catch (ProblemException tooLongOrEmpty) {
            suggestions = List.of();
        }
    }

    /** Records the answer on one suggestion, with the subject typed so far. */
    public void answer(String articleId, boolean resolved) {
        try {
            knowledge.feedback(articleId, resolved, typed);
            answers.put(articleId, resolved);
        } catch (ProblemException problem) {
            messages.problem(problem);
        }
    }

    public boolean answered(String articleId) {
        return answers.containsKey(articleId);
    }

    /** Whether the user said one suggestion solved their problem. */
    public boolean isSolved() {
        return answers.containsValue(Boolean.TRUE);
    }

    public boolean solvedBy(String articleId) {
        return Boolean.TRUE.equals(answers.get(articleId));
    }

    public List<KnowledgeViews.Solution> getSuggestions() {
        return suggestions;
    }
}
