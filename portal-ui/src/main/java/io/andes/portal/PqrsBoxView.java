package io.andes.portal;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.PagedModel;
import io.andes.ticketing.api.PqrsViews;
import io.andes.ticketing.application.PqrsUseCases;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * "PQRS": the company's filings (peticiones, quejas, reclamos, sugerencias), apart from its tickets, and the form to
 * file one. A new filing is shown with its number and response deadline.
 */
@Named("pqrsBoxView")
@ViewScoped
public class PqrsBoxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PqrsUseCases pqrs;

    @Inject
    LanguageSelection language;

    @Inject
    PortalFormats formats;

    @Inject
    PortalMessages messages;

    private transient PagedModel<PqrsViews.PqrsSummary> model;
    private String kind;
    private String subject;
    private String description;

    public PagedModel<PqrsViews.PqrsSummary> getModel() {
        if (model == null) {
            model = new PagedModel<>(this::page, PqrsViews.PqrsSummary::number);
        }
        return model;
    }

    private Page<PqrsViews.PqrsSummary> page(PageRequest request) {
        return pqrs.list(request, language.isEnglish());
    }

    public List<PqrsViews.Kind> getKinds() {
        return pqrs.kinds(language.isEnglish());
    }

    /** "Radicar PQRS": files it and goes to it, saying its number and deadline. */
    public String file() {
        PqrsViews.Pqrs filed;
        try {
            filed = pqrs.file(kind, subject, description, language.isEnglish());
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        messages.info("pqrs.filed", filed.number(), formats.date(filed.dueDate()));
        messages.keepForRedirect();
        return outcome(filed.number());
    }

    /** The redirecting outcome to the filing {@code number}. */
    static String outcome(String number) {
        return "/portal/pqrs-caso?faces-redirect=true&numero=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public String date(LocalDate date) {
        return formats.date(date);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
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
}
