package io.andes.admin;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.api.RefundRequests;
import io.andes.billing.credit.application.ManualRefunds;
import io.andes.core.problem.ProblemException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The pending refund requests on "Cobranza", and closing one by hand (transfer, deposit, cheque) when it cannot go back
 * to the card: staff pick the request, write the method, reference and date, and the request is done.
 */
@Named("manualRefundForm")
@ViewScoped
public class ManualRefundForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 100;

    @Inject
    RefundRequests refunds;

    @Inject
    ManualRefunds manual;

    @Inject
    VendorTime time;

    @Inject
    ConsoleMessages messages;

    private String selected;
    private String selectedLabel;
    private String method = "TRANSFERENCIA";
    private String reference;
    private LocalDate date;
    private transient List<RefundRequests.Request> pending;

    public List<RefundRequests.Request> getPending() {
        if (pending == null) {
            pending = refunds.pending(LIMIT);
        }
        return pending;
    }

    /** A request the gateway cannot take back to a card, or one it already failed to: staff may close it by hand. */
    public boolean closable(RefundRequests.Request request) {
        return !request.toCard() || request.attempts() > 0;
    }

    public void select(RefundRequests.Request request) {
        selected = request.id();
        selectedLabel = request.creditNote() + " · " + request.invoiceNumber() + " ("
                + request.tenant().value() + ")";
        reference = null;
        date = LocalDate.now(time.zone());
    }

    public void settle() {
        try {
            CreditViews.ManualRefund done =
                    manual.settle(selected, new ManualRefunds.Settlement(method, reference, date));
            messages.info("collections.refunds.settled", done.creditNote(), done.method(), done.reference());
            selected = null;
            pending = null;
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void cancel() {
        selected = null;
    }

    public String getSelected() {
        return selected;
    }

    public String getSelectedLabel() {
        return selectedLabel;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
