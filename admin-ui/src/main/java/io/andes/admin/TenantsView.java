package io.andes.admin;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.application.TenantAdministration;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.problem.ProblemException;
import io.andes.core.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "Clientes": every tenant, page by page, or those whose code, legal name or tax id contains the search text. The
 * text comes as the {@code q} parameter of a plain GET, so a search starts at the first page and can be bookmarked.
 */
@Named("tenantsView")
@ViewScoped
public class TenantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantAdministration administration;

    @Inject
    ConsoleMessages messages;

    private String query;
    private transient PagedModel<Tenant> model;

    public PagedModel<Tenant> getModel() {
        if (model == null) {
            model = new PagedModel<>(this::page, tenant -> tenant.id().value());
        }
        return model;
    }

    private Page<Tenant> page(PageRequest request) {
        try {
            return administration.search(query, request);
        } catch (ProblemException problem) {
            messages.problem(problem);
            return PagedModel.empty(request);
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
