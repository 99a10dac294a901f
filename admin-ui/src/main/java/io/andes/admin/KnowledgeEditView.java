package io.andes.admin;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.CatalogUseCases;
import io.andes.ticketing.application.KnowledgeEditing;
import io.andes.ticketing.domain.knowledge.EntryKind;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes one article or news item ({@code ?tipo=…&id=…}; no id for a new one): both languages, audience (every tenant
 * or one tenant's code), service, publish window on the vendor's clock. Saving sends the version that was read, so a
 * change made meanwhile by someone else is refused rather than overwritten.
 */
@Named("knowledgeEditView")
@ViewScoped
public class KnowledgeEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeEditing editing;

    @Inject
    CatalogUseCases catalog;

    @Inject
    ConsoleMessages messages;

    @Inject
    LanguageSelection language;

    @Inject
    VendorTime time;

    private String id;
    private String type;
    private Long version;
    private KnowledgeViews.Entry stored;
    private KnowledgeForm form = new KnowledgeForm();
    private boolean notFound;

    /** The view action: reads the entry being edited once. */
    public void load() {
        if (id != null && !id.isBlank() && !FacesContext.getCurrentInstance().isPostback()) {
            try {
                show(editing.get(KnowledgeListView.kind(type), id));
            } catch (ProblemException problem) {
                notFound = true;
                messages.problem(problem);
            }
        }
    }

    public String save() {
        KnowledgeViews.Entry saved = act(() -> id == null || id.isBlank()
                ? editing.create(KnowledgeListView.kind(type), form.draft(time))
                : editing.update(KnowledgeListView.kind(type), id, form.draft(time), version));
        if (saved == null) {
            return null;
        }
        messages.info("knowledge.saved");
        messages.keepForRedirect();
        return "/admin/conocimiento-editar?faces-redirect=true&tipo=" + typeParam() + "&id=" + saved.id();
    }

    public void unpublish() {
        act(() -> editing.unpublish(KnowledgeListView.kind(type), id));
    }

    public String delete() {
        if (act(() -> {
                    editing.delete(KnowledgeListView.kind(type), id);
                    return stored;
                })
                == null) {
            return null;
        }
        messages.info("knowledge.deleted");
        messages.keepForRedirect();
        return "/admin/conocimiento?faces-redirect=true&tipo=" + typeParam();
    }

    /** Runs a change and shows the entry as it is now, or the refusal with every invalid field. */
    private KnowledgeViews.Entry act(Supplier<KnowledgeViews.Entry> change) {
        try {
            KnowledgeViews.Entry entry = change.get();
            if (entry != null && entry != stored) {
                show(entry);
            }
            return entry;
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    private void show(KnowledgeViews.Entry entry) {
        stored = entry;
        version = entry.version();
        form = KnowledgeForm.of(entry, time);
    }

    private String typeParam() {
        return KnowledgeListView.kind(type) == EntryKind.NEWS ? KnowledgeListView.NEWS : "articulos";
    }

    public List<TicketViews.Service> getServices() {
        return catalog.catalog(language.isEnglish()).services();
    }

    public String dateTime(Instant instant) {
        return time.dateTime(instant);
    }

    public String getZone() {
        return time.zone().getId();
    }

    public boolean isNews() {
        return KnowledgeListView.kind(type) == EntryKind.NEWS;
    }

    public boolean isExisting() {
        return stored != null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public KnowledgeViews.Entry getStored() {
        return stored;
    }

    public KnowledgeForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
