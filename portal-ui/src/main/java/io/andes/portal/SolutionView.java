package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.RecordLookup;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.application.KnowledgeUseCases;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * One possible solution ({@code ?id=…}), with "¿Esto resolvió su problema?". An article that is not published for the
 * company shows the same not-found notice as one that does not exist.
 */
@Named("solutionView")
@ViewScoped
public class SolutionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeUseCases knowledge;

    @Inject
    LanguageSelection language;

    @Inject
    PortalFormats formats;

    @Inject
    PortalMessages messages;

    private String id;
    private final RecordLookup<KnowledgeViews.Article> article = new RecordLookup<>();
    private Boolean answer;

    /** The view action: finds the article once, before the page is rendered. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            getArticle();
        }
    }

    public KnowledgeViews.Article getArticle() {
        return article.get(language.isEnglish(), () -> knowledge.article(id, language.isEnglish()));
    }

    public void answer(boolean resolved) {
        try {
            knowledge.feedback(id, resolved, null);
            answer = resolved;
        } catch (ProblemException problem) {
            messages.problem(problem);
        }
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public boolean isSolved() {
        return Boolean.TRUE.equals(answer);
    }

    public boolean isNotFound() {
        return article.isMissing();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
