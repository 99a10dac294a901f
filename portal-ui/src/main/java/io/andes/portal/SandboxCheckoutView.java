package io.andes.portal;

import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.application.SandboxCheckouts;
import io.andes.core.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The sandbox's hosted checkout page (no real money, said on the page): the administrator types one of the test
 * cards; a declined card says so and leaves the order pending; a paid one goes back to "Historial de pago".
 */
@Named("sandboxCheckoutView")
@ViewScoped
public class SandboxCheckoutView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SandboxCheckouts checkouts;

    @Inject
    PortalMessages messages;

    private String session;
    private String card;
    private transient PaymentViews.Checkout checkout;
    private boolean done;

    public PaymentViews.Checkout getCheckout() {
        if (checkout == null && session != null) {
            try {
                checkout = checkouts.describe(session);
            } catch (ProblemException problem) {
                messages.problem(problem);
            }
        }
        return checkout;
    }

    public void pay() {
        try {
            PaymentViews.SandboxResult result = checkouts.complete(session, card);
            if (result.paid()) {
                done = true;
                messages.info("sandbox.paid", result.message());
            } else {
                messages.error("sandbox.refused", result.message());
            }
        } catch (ProblemException problem) {
            messages.problem(problem);
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }
}
