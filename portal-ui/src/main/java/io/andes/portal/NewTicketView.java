package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.AttachmentUseCases;
import io.andes.ticketing.application.CatalogUseCases;
import io.andes.ticketing.application.TicketUseCases;
import io.andes.ticketing.domain.ticket.TicketContent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * "Nuevo ticket": a service, a final category of it, what happens and, optionally, a phone and files. While the form is
 * filled, the company's open tickets like this one are shown, to add to one of them instead. The ticket is opened
 * first and the files attached after it, so refused files never lose the ticket.
 */
@Named("newTicketView")
@ViewScoped
public class NewTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketUseCases tickets;

    @Inject
    AttachmentUseCases attachments;

    @Inject
    CatalogUseCases catalog;

    @Inject
    LanguageSelection language;

    @Inject
    PortalMessages messages;

    private final PendingFiles files = new PendingFiles();
    private transient TicketViews.Catalog loaded;
    private boolean loadedInEnglish;
    private final CategoryPicker picker = new CategoryPicker();
    private String subject;
    private String description;
    private String phone;
    private String continues;
    private String similarChecked;
    private List<TicketViews.SimilarTicket> similarOpen = List.of();

    public List<TicketViews.Service> getServices() {
        return catalog().services();
    }

    /** A new service offers its own categories, and none is chosen yet. */
    public void serviceChanged() {
        picker.serviceChanged(catalog());
    }

    /** The catalog once per view and language: the selects ask for it several times per request. */
    private TicketViews.Catalog catalog() {
        if (loaded == null || loadedInEnglish != language.isEnglish()) {
            loadedInEnglish = language.isEnglish();
            loaded = catalog.catalog(loadedInEnglish);
        }
        return loaded;
    }

    public void upload(FileUploadEvent event) {
        files.add(event.getFile());
    }

    public void removeFile(int index) {
        files.remove(index);
    }

    /** Opens the ticket, attaches the files and goes to the ticket; a refusal keeps the user on this page. */
    public String submit() {
        TicketViews.Ticket opened;
        try {
            opened = tickets.open(
                    picker.getServiceCode(),
                    picker.chosenCategoryId(),
                    content(),
                    picker.filledFields(),
                    continues,
                    language.isEnglish());
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        messages.info("newTicket.created", opened.number());
        attachFiles(opened.number());
        messages.keepForRedirect();
        return TicketPage.outcome(opened.number());
    }

    private void attachFiles(String number) {
        if (files.isEmpty()) {
            return;
        }
        try {
            attachments.attach(number, files.toUploads());
        } catch (ProblemException problem) {
            messages.problem(problem);
            messages.error("newTicket.filesNotAttached", number);
        }
        files.clear();
    }

    /**
     * The company's open tickets like the one being written (same category, or a very similar subject once a few
     * letters are typed), asked again only when the category or the subject changed.
     */
    public List<TicketViews.SimilarTicket> getSimilarOpen() {
        Long category = picker.chosenCategoryId();
        String typed = subject == null ? "" : subject.strip();
        if (typed.length() < SolutionSuggestions.MIN_TYPED) {
            typed = "";
        }
        String checking = category + "\n" + typed;
        if (!checking.equals(similarChecked)) {
            similarChecked = checking;
            similarOpen = category == null && typed.isEmpty() ? List.of() : similarOpen(category, typed);
        }
        return similarOpen;
    }

    private List<TicketViews.SimilarTicket> similarOpen(Long category, String typed) {
        try {
            return tickets.similarOpen(category, typed);
        } catch (ProblemException tooLong) {
            return List.of();
        }
    }

    /** The earlier ticket the new one continues ({@code ?continua=T-000001}), when its window has passed. */
    public String getContinues() {
        return continues;
    }

    public void setContinues(String continues) {
        this.continues = continues;
    }

    private TicketContent content() {
        return new TicketContent(subject, description, phone);
    }

    public CategoryPicker getPicker() {
        return picker;
    }

    public PendingFiles getFiles() {
        return files;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
