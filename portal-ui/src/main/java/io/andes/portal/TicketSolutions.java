package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.application.KnowledgeUseCases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The "Posibles soluciones" tab of a ticket: articles relevant to its subject, looked up once per request. */
@Named("ticketSolutions")
@RequestScoped
public class TicketSolutions {

    @Inject
    KnowledgeUseCases knowledge;

    @Inject
    LanguageSelection language;

    private final Map<String, List<KnowledgeViews.Solution>> found = new HashMap<>();

    public List<KnowledgeViews.Solution> about(String subject) {
        return subject == null ? List.of() : found.computeIfAbsent(subject, this::search);
    }

    private List<KnowledgeViews.Solution> search(String subject) {
        try {
            return knowledge.solutions(subject, null, language.isEnglish());
        } catch (ProblemException nothingToSearch) {
            return List.of();
        }
    }
}
