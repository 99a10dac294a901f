package io.andes.billing.payment.application;

import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.core.api.Notifications;
import io.andes.core.api.OutgoingEmail;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantRole;
import io.andes.core.api.TenantSummary;
import io.andes.core.api.TenantUserService;
import io.andes.core.api.TenantUserView;
import io.andes.core.web.TenantFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
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
    BillingCalendar calendar;

    @Inject
    @ConfigProperty(name = "andes.web.url", defaultValue = "http://127.0.0.1:8080")
    String webUrl;

    /** An automatic payment failed: when it is tried again, or that it will not be. */
    void autoPaymentFailed(Invoice invoice, String reason, Instant nextAttempt) {
        TenantSummary tenant = calendar.tenant();
        String text = declined(
                invoice.number(),
                invoice.total(),
                Currency.getInstance(invoice.currency()),
                reason,
                nextAttempt,
                TenantFormats.spanish(tenant.country(), tenant.zone()));
        for (String to : recipients(invoice)) {
            notifications.queueEmail(
                    OutgoingEmail.plain(to, "Pago automático rechazado: factura " + invoice.number(), text));
        }
    }

    /** The text of a declined automatic payment, its amount and next attempt as the tenant reads them. */
    String declined(
            String number,
            BigDecimal total,
            Currency currency,
            String reason,
            Instant nextAttempt,
            TenantFormats formats) {
        String next = nextAttempt == null
                ? "No habrá más intentos automáticos: la factura quedó vencida. Pague en el portal o contacte a"
                        + " facturación."
                : "Lo intentaremos de nuevo el " + formats.dateTime(nextAttempt) + " (" + formats.zoneName() + ").";
        return "No pudimos cobrar la factura " + number + " por " + formats.money(total, currency) + " "
                + currency.getCurrencyCode() + " a su tarjeta guardada (" + reason + ").\n\n" + next
                + "\n\nPague ahora o cambie su tarjeta en el portal: " + webUrl + "/portal/pagos.xhtml";
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
