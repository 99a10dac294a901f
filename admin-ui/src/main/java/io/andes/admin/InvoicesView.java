package io.andes.admin;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.api.StaffBilling;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** "Facturas": every tenant's invoices, newest first, filtered by tenant, status and issue dates. */
@Named("invoicesView")
@ViewScoped
public class InvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffBilling billing;

    @Inject
    ConsoleMessages messages;

    private String tenant;
    private String status;
    private LocalDate from;
    private LocalDate to;
    private transient PagedModel<BillingViews.StaffInvoiceRow> model;

    public PagedModel<BillingViews.StaffInvoiceRow> getModel() {
        if (model == null) {
            model = new PagedModel<>(this::page, row -> row.tenant() + "/" + row.number());
        }
        return model;
    }

    private Page<BillingViews.StaffInvoiceRow> page(PageRequest request) {
        try {
            return billing.invoices(new BillingViews.InvoiceSearch(tenant, status, from, to), request);
        } catch (ProblemException problem) {
            messages.problem(problem);
            return PagedModel.empty(request);
        }
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
