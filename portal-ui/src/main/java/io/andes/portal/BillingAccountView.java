package io.andes.portal;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.application.BillingDataUseCases;
import io.andes.billing.invoice.application.InvoiceQueries;
import io.andes.billing.payment.application.PayNow;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.TenantFormats;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * "Cuenta y Facturación" on the account page, for the company's administrators: the next renewal and the preview of
 * its invoice (the same draft the renewal issues), the invoices with their PDFs, and "Mis datos de pago".
 */
@Named("billingAccountView")
@ViewScoped
public class BillingAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceQueries invoices;

    @Inject
    BillingDataUseCases billingData;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    TenantDirectory tenants;

    @Inject
    LanguageSelection language;

    @Inject
    PortalMessages messages;

    @Inject
    PayNow payNow;

    private final String payKey = java.util.UUID.randomUUID().toString();

    private String legalName;
    private String taxId;
    private String address;
    private String activity;
    private String email;
    private transient BillingViews.Draft next;
    private transient boolean unpriced;
    private transient List<BillingViews.InvoiceSummary> issued;

    public boolean isAdministrator() {
        return user.get().hasRole(Roles.TENANT_ADMIN);
    }

    /** The next invoice; none when it cannot be priced (a plan without a price in the currency), said once. */
    public BillingViews.Draft getNext() {
        if (next == null && isAdministrator() && !unpriced) {
            try {
                next = invoices.nextInvoice();
            } catch (ProblemException problem) {
                unpriced = true;
                messages.problem(problem);
            }
        }
        return next;
    }

    public List<BillingViews.InvoiceSummary> getInvoices() {
        if (issued == null) {
            issued = isAdministrator() ? invoices.list(new PageRequest(0, 24)).items() : List.of();
        }
        return issued;
    }

    /** Fills the form with the saved billing data the first time it is shown. */
    public void load() {
        if (legalName == null && isAdministrator()) {
            BillingViews.BillingData data = billingData.view();
            legalName = data.legalName();
            taxId = data.taxId();
            address = data.address();
            activity = data.activity();
            email = data.email();
        }
    }

    public void save() {
        try {
            billingData.change(new BillingDataUseCases.Input(legalName, taxId, address, activity, email));
            messages.info("billing.data.saved");
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** "Pagar ahora" on a pending or overdue invoice: to the gateway's checkout (the same one while it is open). */
    public void pay(String number) {
        try {
            CheckoutRedirect.to(payNow.forInvoice(number, payKey));
        } catch (ProblemException problem) {
            messages.problem(problem);
        }
    }

    public boolean payable(String status) {
        return "PENDIENTE".equals(status) || "VENCIDA".equals(status);
    }

    public String pdfLink(String number) {
        return InvoicePdfServlet.link(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), number);
    }

    public String money(BigDecimal amount, String currency) {
        return amount == null ? "" : formats().money(amount, Currency.getInstance(currency));
    }

    public String date(LocalDate date) {
        return date == null ? "" : formats().date(date);
    }

    private TenantFormats formats() {
        TenantSummary tenant = tenants.find(user.get().tenant().orElseThrow()).orElseThrow();
        return TenantFormats.of(language, tenant.country(), tenant.zone());
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
