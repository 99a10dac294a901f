package io.andes.portal;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.PagedModel;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.CatalogUseCases;
import io.andes.ticketing.application.TicketUseCases;
import io.andes.ticketing.domain.ticket.TicketStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/** "Mis tickets": the company's tickets page by page, filtered by status, category, days and text. */
@Named("ticketsView")
@ViewScoped
public class TicketsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketUseCases tickets;

    @Inject
    CatalogUseCases catalog;

    @Inject
    LanguageSelection language;

    @Inject
    PortalFormats formats;

    @Inject
    PortalMessages messages;

    private final TicketFilters filters = new TicketFilters();
    private transient PagedModel<TicketViews.TicketSummary> model;
    private List<CategoryChoice> categories;
    private boolean categoriesInEnglish;

    public PagedModel<TicketViews.TicketSummary> getModel() {
        if (model == null) {
            model = new PagedModel<>(this::page, TicketViews.TicketSummary::number);
        }
        return model;
    }

    /** Applies the filters from the first page. */
    public void search() {
        DataTable table =
                (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("tickets:table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clearFilters() {
        filters.clear();
        search();
    }

    private Page<TicketViews.TicketSummary> page(PageRequest request) {
        try {
            return tickets.history(filters.toQuery(formats.zone()), request, language.isEnglish());
        } catch (ProblemException problem) {
            messages.problem(problem);
            return PagedModel.empty(request);
        }
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public List<TicketStatus> getStatuses() {
        return List.of(TicketStatus.values());
    }

    public List<CategoryChoice> getCategories() {
        if (categories == null || categoriesInEnglish != language.isEnglish()) {
            categoriesInEnglish = language.isEnglish();
            categories = CategoryTree.leaves(catalog.catalog(language.isEnglish()));
        }
        return categories;
    }

    public TicketFilters getFilters() {
        return filters;
    }
}
