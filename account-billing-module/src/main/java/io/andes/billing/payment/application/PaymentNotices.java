package io.andes.billing.payment.application;

import io.andes.billing.invoice.domain.Invoice;
import io.andes.core.api.Notifications;
import io.andes.core.api.OutgoingEmail;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantRole;
import io.andes.core.api.TenantUserService;
import io.andes.core.api.TenantUserView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Mails about payments to the tenant's administrators (and the invoice's billing address), through the outbox. */
@ApplicationScoped
class PaymentNotices {

    private static final int MAX_ADMINS = 100;

    @Inject
    Notifications notifications;

    @Inject
    TenantUserService users;

    @Inject
    @ConfigProperty(name = "andes.web.url", defaultValue = "http://127.0.0.1:8080")
    String webUrl;

    /** An automatic payment failed: when it is tried again, or that it will not be. */
    void autoPaymentFailed(Invoice invoice, String reason, Instant nextAttempt) {
        String next = nextAttempt == null
                ? "No habrá más intentos automáticos: la factura quedó vencida. Pague en el portal o contacte a"
                        + " facturación."
                : "Lo intentaremos de nuevo el " + nextAttempt.toString().substring(0, 10) + " (UTC).";
        String text = "No pudimos cobrar la factura " + invoice.number() + " por "
                + invoice.total().toPlainString()
                + " " + invoice.currency() + " a su tarjeta guardada (" + reason + ").\n\n" + next
                + "\n\nPague ahora o cambie su tarjeta en el portal: " + webUrl + "/portal/pagos.xhtml";
        for (String to : recipients(invoice)) {
            notifications.queueEmail(
                    OutgoingEmail.plain(to, "Pago automático rechazado: factura " + invoice.number(), text));
        }
    }

    private Set<String> recipients(Invoice invoice) {
        Set<String> to = new LinkedHashSet<>();
        users.list(new PageRequest(0, MAX_ADMINS)).items().stream()
                .filter(TenantUserView::active)
                .filter(user -> user.role() == TenantRole.TENANT_ADMIN)
                .forEach(user -> to.add(user.email()));
        if (invoice.billedTo().email() != null) {
            to.add(invoice.billedTo().email());
        }
        return to;
    }
}
