package io.andes.admin;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.api.StaffBilling;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tenant's subscription on the console ({@code ?cliente=CODE}): plan, period, add-ons, limits with usage and the
 * invoice the next renewal will issue, at the prices in force on that day. An audited staff access to the tenant.
 */
@Named("subscriptionView")
@ViewScoped
public class SubscriptionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffBilling billing;

    @Inject
    TenantDirectory tenants;

    @Inject
    LanguageSelection language;

    @Inject
    BillingFormats formats;

    private String tenant;
    private boolean notFound;
    private transient BillingViews.Account account;
    private transient TenantSummary summary;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            notFound = getAccount() == null;
        }
    }

    public BillingViews.Account getAccount() {
        if (!notFound && account == null) {
            try {
                summary = tenants.find(TenantsResource.id(tenant)).orElse(null);
                account = billing.account(TenantsResource.id(tenant), language.isEnglish(), InvoiceView.READ_REASON);
            } catch (ProblemException | IllegalArgumentException unknown) {
                notFound = true;
            }
        }
        return account;
    }

    public TenantSummary getSummary() {
        return summary;
    }

    public String money(BigDecimal amount) {
        return formats.money(amount, account.subscription().currency(), summary.country());
    }

    public String date(LocalDate date) {
        return formats.date(date, summary.country());
    }

    /** The last day of a period that ends (exclusive) on {@code end}. */
    public String lastDay(LocalDate end) {
        return end == null ? "" : date(end.minusDays(1));
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
}
