package io.andes.admin;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.application.CancellationSettlements;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.TenantId;
import io.andes.core.web.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * "Liquidación de término" ({@code ?cliente=CODE&ticket=T-000001}, billing staff and platform admins): the settlement
 * a cancellation ticket leads to, previewed from the ticket's notice date, then executed once with a reason. The
 * billing module computes and audits both; this bean only shows them and the tenant's status afterwards.
 */
@Named("settlementView")
@ViewScoped
public class SettlementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CancellationSettlements settlements;

    @Inject
    TenantDirectory tenants;

    @Inject
    BillingFormats formats;

    @Inject
    ConsoleMessages messages;

    @Inject
    LanguageSelection language;

    private String tenant;
    private String ticket;
    private String reason;
    private boolean refund;
    private boolean notFound;
    /** Why there is nothing to settle (the ticket is no cancellation request), in the page's language. */
    private String refusal;

    private transient CreditViews.Settlement settlement;
    private transient TenantSummary summary;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            getSettlement();
        }
    }

    public CreditViews.Settlement getSettlement() {
        if (settlement == null && !notFound && refusal == null) {
            try {
                settlement = settlements.preview(tenantId(), ticket, refund);
            } catch (IllegalArgumentException unknown) {
                notFound = true;
            } catch (ProblemException problem) {
                notFound = problem.type() == ProblemType.NOT_FOUND;
                refusal = notFound ? null : problem.detail(language.isEnglish());
            }
        }
        return settlement;
    }

    /** The preview again with the credit refunded to the card, or kept as balance; refused when it cannot be. */
    public void changeDestination() {
        try {
            settlement = settlements.preview(tenantId(), ticket, refund);
        } catch (ProblemException problem) {
            messages.problem(problem);
            refund = false;
        }
    }

    public void execute() {
        try {
            settlement = settlements.execute(tenantId(), ticket, reason, refund);
            summary = null;
            messages.info("settlement.executed", ticket);
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            // executed meanwhile (another tab, another staff member): read it and the tenant again
            settlement = null;
            summary = null;
        }
    }

    /** The tenant's status now (CANCELLED once the settlement ran). */
    public String getTenantStatus() {
        TenantSummary found = summary();
        return found == null ? null : found.status();
    }

    public String money(BigDecimal amount) {
        return amount == null || settlement == null ? "" : formats.money(amount, settlement.currency(), country());
    }

    public String date(LocalDate date) {
        return date == null ? "" : formats.date(date, country());
    }

    public String dateTime(Instant instant) {
        TenantSummary found = summary();
        return instant == null
                ? ""
                : formats.of(country(), found == null ? null : found.zone().getId())
                        .dateTime(instant);
    }

    /** The net result: positive when the tenant is owed (credit beyond the charges), negative when it owes. */
    public BigDecimal getNet() {
        return settlement == null ? null : settlement.credit().subtract(settlement.pendingCharges());
    }

    private String country() {
        TenantSummary found = summary();
        return found == null ? null : found.country();
    }

    private TenantSummary summary() {
        if (summary == null) {
            summary = tenants.find(tenantId()).orElse(null);
        }
        return summary;
    }

    private TenantId tenantId() {
        return TenantsResource.id(tenant);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isRefund() {
        return refund;
    }

    public void setRefund(boolean refund) {
        this.refund = refund;
    }
}
