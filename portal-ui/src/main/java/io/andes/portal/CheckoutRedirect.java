package io.andes.portal;

import io.andes.billing.payment.api.PaymentViews;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Sends the browser to a checkout: Stripe's hosted page (absolute URL) or the sandbox's portal page (a path). */
final class CheckoutRedirect {

    private CheckoutRedirect() {}

    static void to(PaymentViews.Checkout checkout) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String url = checkout.url();
        try {
            external.redirect(url.startsWith("/") ? external.getRequestContextPath() + url : url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
