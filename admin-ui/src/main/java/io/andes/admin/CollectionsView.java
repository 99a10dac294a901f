package io.andes.admin;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.application.CreditProposals;
import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.application.PaymentQueries;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Cobranza": the tenants flagged after their automatic payment failed for the last time, and the credit proposals of
 * missed urgent SLAs awaiting a decision, each accepted or rejected (with a reason) from its row.
 */
@Named("collectionsView")
@ViewScoped
public class CollectionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentQueries payments;

    @Inject
    CreditProposals proposals;

    @Inject
    TenantFigures figures;

    @Inject
    ConsoleMessages messages;

    private final Map<String, String> reasons = new HashMap<>();
    private transient List<PaymentViews.Flag> flags;
    private transient List<CreditViews.Proposal> pending;

    public List<PaymentViews.Flag> getFlags() {
        if (flags == null) {
            flags = payments.flagged();
        }
        return flags;
    }

    public List<CreditViews.Proposal> getProposals() {
        if (pending == null) {
            pending = proposals.list(null).items();
        }
        return pending;
    }

    /** Accepts with the reason written, or the standard one: the credit note says why it was granted. */
    public void accept(CreditViews.Proposal proposal) {
        String written = reasons.get(proposal.id());
        String reason = written == null || written.isBlank() ? messages.text("collections.accept.reason") : written;
        decided(
                () -> proposals.accept(new TenantId(proposal.tenant()), proposal.id(), reason),
                proposal,
                "collections.accepted");
    }

    /** Rejects with the reason written; without one nothing is decided and the page says so. */
    public void reject(CreditViews.Proposal proposal) {
        String reason = reasons.get(proposal.id());
        if (reason == null || reason.isBlank()) {
            messages.error("collections.reject.reasonRequired", proposal.ticket(), proposal.tenant());
            return;
        }
        decided(
                () -> proposals.reject(new TenantId(proposal.tenant()), proposal.id(), reason),
                proposal,
                "collections.rejected");
    }

    private void decided(Runnable decision, CreditViews.Proposal proposal, String key) {
        try {
            decision.run();
            messages.info(key, proposal.ticket(), proposal.tenant());
            reasons.remove(proposal.id());
        } catch (ProblemException problem) {
            messages.problem(problem);
        }
        pending = null;
    }

    public String money(String tenant, BigDecimal amount, String currency) {
        return figures.money(tenant, amount, currency);
    }

    public String dateTime(String tenant, Instant instant) {
        return figures.dateTime(tenant, instant);
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
