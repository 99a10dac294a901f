package io.andes.admin;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.api.StaffBilling;
import io.andes.billing.invoice.application.InvoiceVoiding;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantId;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One tenant's invoice on the console ({@code ?cliente=CODE&numero=F-2026-000001}): its lines and totals, its PDF, and
 * voiding it with a reason, which issues the credit note. Every read is an audited staff access to the tenant.
 */
@Named("invoiceView")
@ViewScoped
public class InvoiceView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String READ_REASON = "consola de facturación";

    @Inject
    StaffBilling billing;

    @Inject
    InvoiceVoiding voiding;

    @Inject
    TenantDirectory tenants;

    @Inject
    BillingFormats formats;

    @Inject
    ConsoleMessages messages;

    private String tenant;
    private String number;
    private String reason;
    private boolean notFound;
    private transient BillingViews.Invoice invoice;
    private transient TenantSummary summary;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            notFound = getInvoice() == null;
        }
    }

    public BillingViews.Invoice getInvoice() {
        if (!notFound && invoice == null) {
            try {
                invoice = billing.invoice(tenantId(), number, READ_REASON);
            } catch (ProblemException | IllegalArgumentException unknown) {
                notFound = true;
            }
        }
        return invoice;
    }

    public void voidInvoice() {
        try {
            BillingViews.Invoice voided = voiding.voidInvoice(tenantId(), number, reason);
            messages.info("invoice.voided", voided.number(), voided.creditNote());
            reason = null;
            invoice = voided;
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public StreamedContent getPdf() {
        return DefaultStreamedContent.builder().name(number + ".pdf").contentType("application/pdf").stream(
                        () -> new ByteArrayInputStream(billing.pdf(tenantId(), number, READ_REASON)))
                .build();
    }

    public boolean isVoidable() {
        return getInvoice() != null && !"ANULADA".equals(invoice.status());
    }

    public String money(BigDecimal amount) {
        return formats.money(amount, getInvoice().currency(), country());
    }

    public String date(LocalDate date) {
        return formats.date(date, country());
    }

    /** An instant as the tenant reads it: in its time zone, with its country's conventions. */
    public String dateTime(Instant instant) {
        String country = country();
        return formats.of(country, summary == null ? null : summary.zone().getId())
                .dateTime(instant);
    }

    /** A staff read of this invoice's tenant; null when the invoice or tenant is not found. */
    public <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (ProblemException | IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Reads the invoice again on the next render (a payment may have changed its status). */
    public void reload() {
        invoice = null;
    }

    private String country() {
        if (summary == null) {
            summary = tenants.find(tenantId()).orElse(null);
        }
        return summary == null ? null : summary.country();
    }

    public TenantId tenantId() {
        return TenantsResource.id(tenant);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
