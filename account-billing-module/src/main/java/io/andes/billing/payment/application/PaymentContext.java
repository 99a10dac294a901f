package io.andes.billing.payment.application;

import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantBinding;
import io.andes.store.api.PaidOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What every payment use case needs of its surroundings: the bound tenant's gateway, the caller, time, links. */
@ApplicationScoped
class PaymentContext {

    /** Where the gateway's checkout sends the buyer back to. */
    static final String RETURN_PAGE = "/portal/pagos.xhtml?resultado=";

    @Inject
    TenantBinding binding;

    @Inject
    PaymentGateways gateways;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    AuditLog audit;

    @Inject
    PaidOrders orders;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "andes.web.url", defaultValue = "http://127.0.0.1:8080")
    String webUrl;

    Instant now() {
        return clock.instant();
    }

    PaymentGateway gateway() {
        return gateways.forTenant(binding.require());
    }

    Payment.Started startedNow() {
        return new Payment.Started(caller.get().username(), now());
    }

    /**
     * What comes back in the gateway's webhooks: whose payment of which invoice; {@code andes_payment} is what the
     * gateway searches to find a charge already made for the payment. All derived from the invoice and the attempt,
     * so a retried call sends exactly the same parameters.
     */
    Map<String, String> metadata(Payment payment) {
        return Map.of(
                "tenant",
                binding.require().value(),
                "payment",
                payment.id(),
                PaymentGateway.PAYMENT_METADATA,
                payment.id(),
                "invoice",
                payment.invoiceId());
    }

    String returnUrl(String outcome) {
        return webUrl + RETURN_PAGE + outcome;
    }

    void audit(String action, String target, String detail) {
        audit.record(new AuditEntry(action, target, detail));
    }

    Optional<String> orderId(String number) {
        return orders.idOf(number);
    }
}
