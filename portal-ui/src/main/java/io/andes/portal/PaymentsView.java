package io.andes.portal;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.application.InvoiceQueries;
import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.application.PayNow;
import io.andes.billing.payment.application.PaymentAccounts;
import io.andes.billing.payment.application.PaymentQueries;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.store.api.StoreViews;
import io.andes.store.application.OrderQueries;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * "Historial de pago" (administrators): every purchase and payment with who started it, when, how, how much, its
 * status and receipt; the invoices still to pay with "Pagar ahora"; and "Mis tarjetas / Pago automático".
 */
@Named("paymentsView")
@ViewScoped
public class PaymentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PAYABLE = Set.of("PENDIENTE", "VENCIDA");

    @Inject
    PaymentQueries payments;

    @Inject
    PaymentAccounts accounts;

    @Inject
    PayNow payNow;

    @Inject
    InvoiceQueries invoices;

    @Inject
    OrderQueries orders;

    @Inject
    PortalMessages messages;

    private String outcome;
    private final String payKey = UUID.randomUUID().toString();

    /** The message for the gateway's return ({@code ?resultado=ok|cancelado|tarjeta}). */
    public void showOutcome() {
        if ("ok".equals(outcome)) {
            messages.info("payments.returned.ok");
        } else if ("cancelado".equals(outcome)) {
            messages.info("payments.returned.cancelled");
        } else if ("tarjeta".equals(outcome)) {
            messages.info("payments.returned.card");
        }
    }

    public List<PaymentViews.Payment> getPayments() {
        return payments.list(new PageRequest(0, 50)).items();
    }

    public List<StoreViews.OrderSummary> getPurchases() {
        return orders.list(new PageRequest(0, 50)).items();
    }

    public List<BillingViews.InvoiceSummary> getPayable() {
        return invoices.list(new PageRequest(0, 50)).items().stream()
                .filter(invoice -> PAYABLE.contains(invoice.status()))
                .toList();
    }

    public PaymentViews.Account getAccount() {
        return accounts.view();
    }

    /** The card on file as the buyer recognises it ("Visa •••• 4242, vence 12/2030"), or that there is none. */
    public String cardOnFile(PaymentViews.Account account) {
        if (account.card() == null) {
            return messages.text("payments.card.none");
        }
        PaymentViews.SavedCard card = account.savedCard();
        return card == null
                ? account.card()
                : messages.text(
                        "payments.card.onFile",
                        card.brandName(),
                        card.last4(),
                        String.format("%02d", card.expMonth()),
                        String.valueOf(card.expYear()));
    }

    public void pay(String invoiceNumber) {
        act(() -> CheckoutRedirect.to(payNow.forInvoice(invoiceNumber, payKey)));
    }

    public void addCard() {
        act(() -> CheckoutRedirect.to(accounts.saveCard()));
    }

    public void autoPay(boolean on) {
        act(() -> {
            accounts.autoPay(on);
            messages.info(on ? "payments.autopay.on" : "payments.autopay.off");
        });
    }

    public String receiptLink(String paymentId) {
        return ReceiptPdfServlet.link(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), paymentId);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ProblemException problem) {
            messages.problem(problem);
        }
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
