package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.ticketing.api.RequestViews;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.CatalogUseCases;
import io.andes.ticketing.application.RequestPhotos;
import io.andes.ticketing.application.RequestSubmission;
import io.andes.ticketing.application.RequestUseCases;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;

/**
 * "Nueva solicitud": a draft of several items ("requerimientos") for one service, each with its category, what
 * happens and photos, sent together. The draft is kept by the ticketing module from the first item on, so nothing
 * typed is lost; once sent, the page shows the request's number and its tickets. With {@code ?numero=S-000001} it
 * shows that request.
 */
@Named("newRequestView")
@ViewScoped
public class NewRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestUseCases requests;

    @Inject
    RequestPhotos photos;

    @Inject
    RequestSubmission submission;

    @Inject
    CatalogUseCases catalog;

    @Inject
    LanguageSelection language;

    @Inject
    PortalMessages messages;

    private final PendingFiles files = new PendingFiles();
    private transient TicketViews.Catalog loaded;
    private transient RequestViews.Request request;
    private String reference;
    private final CategoryPicker picker = new CategoryPicker();
    private String description;

    /** The view action: a request named in the address is shown as it is. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback() && reference != null && getRequest() == null) {
            reference = null;
            messages.error("request.notFound");
        }
    }

    public List<TicketViews.Service> getServices() {
        return catalog().services();
    }

    public void serviceChanged() {
        picker.serviceChanged(catalog());
    }

    private TicketViews.Catalog catalog() {
        if (loaded == null) {
            loaded = catalog.catalog(language.isEnglish());
        }
        return loaded;
    }

    public void upload(FileUploadEvent event) {
        files.add(event.getFile());
    }

    public void removeFile(int index) {
        files.remove(index);
    }

    /** "Agregar requerimiento": starts the draft on the first item, adds the item, then its photos. */
    public void addItem() {
        boolean added = act(() -> {
            if (reference == null) {
                reference = requests.start(picker.getServiceCode(), language.isEnglish())
                        .id();
            }
            RequestViews.Item item = requests.addItem(
                    reference, picker.chosenCategoryId(), description, picker.filledFields(), language.isEnglish());
            if (!files.isEmpty()) {
                photos.attach(reference, item.id(), files.toUploads());
            }
            return item;
        });
        if (added) {
            messages.info("request.itemAdded");
            description = null;
            picker.clearCategory();
            files.clear();
        }
    }

    public void removeItem(String itemId) {
        act(() -> {
            requests.removeItem(reference, itemId);
            return null;
        });
    }

    /** "Enviar solicitud": every item becomes a ticket under the request's new number. */
    public void submit() {
        if (act(() -> submission.submit(reference, language.isEnglish()))) {
            messages.info("request.submitted", getRequest().number());
        }
    }

    private boolean act(Supplier<?> change) {
        try {
            change.get();
            return true;
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } finally {
            request = null;
        }
    }

    /** The request as stored now; {@code null} before the first item. */
    public RequestViews.Request getRequest() {
        if (request == null && reference != null) {
            try {
                request = requests.view(reference, language.isEnglish());
            } catch (ProblemException notFound) {
                return null;
            }
        }
        return request;
    }

    public boolean isSubmitted() {
        return getRequest() != null && "SUBMITTED".equals(request.status());
    }

    public boolean isServiceLocked() {
        return getRequest() != null;
    }

    public CategoryPicker getPicker() {
        return picker;
    }

    public PendingFiles getFiles() {
        return files;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
