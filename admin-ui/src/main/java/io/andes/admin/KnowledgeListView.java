package io.andes.admin;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.web.PagedModel;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.application.KnowledgeEditing;
import io.andes.ticketing.domain.knowledge.EntryKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * "Base de conocimiento": the articles ({@code ?tipo=articulos}) or the news ({@code ?tipo=noticias}), page by page,
 * or those whose title contains the search text, with how often each article solved a problem.
 */
@Named("knowledgeView")
@ViewScoped
public class KnowledgeListView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String NEWS = "noticias";

    @Inject
    KnowledgeEditing editing;

    @Inject
    ConsoleMessages messages;

    @Inject
    VendorTime time;

    private String query;
    private String type;
    private transient PagedModel<KnowledgeViews.Entry> model;

    public PagedModel<KnowledgeViews.Entry> getModel() {
        if (model == null) {
            model = new PagedModel<>(this::page, KnowledgeViews.Entry::id);
        }
        return model;
    }

    private Page<KnowledgeViews.Entry> page(PageRequest request) {
        try {
            return editing.list(kind(type), query, request);
        } catch (ProblemException problem) {
            messages.problem(problem);
            return PagedModel.empty(request);
        }
    }

    static EntryKind kind(String type) {
        return NEWS.equals(type) ? EntryKind.NEWS : EntryKind.ARTICLE;
    }

    public boolean isNews() {
        return kind(type) == EntryKind.NEWS;
    }

    /** The publish window as the vendor's clock shows it: "from – until", or empty for a draft. */
    public String window(KnowledgeViews.Entry entry) {
        if (entry.publishedFrom() == null) {
            return "";
        }
        return time.dateTime(entry.publishedFrom()) + " – " + time.dateTime(entry.publishedUntil());
    }

    public String dateTime(Instant instant) {
        return time.dateTime(instant);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
