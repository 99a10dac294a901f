package io.andes.admin;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.AdvisorAccess;
import io.andes.billing.advisor.application.AdvisorInbox;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * "Asesoría comercial": the advisor's inbox — the commercial requests of their own tenants (platform admins: all; they
 * keep advisors and assignments on "Asesores"). Filtered by status and tenant; open requests first.
 */
@Named("advisorInboxView")
@ViewScoped
public class AdvisorInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdvisorInbox inbox;

    @Inject
    AdvisorAccess access;

    @Inject
    VendorTime time;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleMessages messages;

    private String status;
    private String tenant;
    private transient PagedModel<AdvisorViews.RequestSummary> model;

    public PagedModel<AdvisorViews.RequestSummary> getModel() {
        if (model == null) {
            model = new PagedModel<>(this::page, row -> row.tenant() + "/" + row.number());
        }
        return model;
    }

    private Page<AdvisorViews.RequestSummary> page(PageRequest request) {
        try {
            return inbox.list(status, tenant, request, language.isEnglish());
        } catch (ProblemException problem) {
            messages.problem(problem);
            return PagedModel.empty(request);
        }
    }

    public boolean isPlatformAdmin() {
        return access.isPlatformAdmin();
    }

    public String dateTime(Instant instant) {
        return time.dateTime(instant);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }
}
