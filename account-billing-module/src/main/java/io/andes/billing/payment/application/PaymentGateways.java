package io.andes.billing.payment.application;

import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.billing.payment.domain.PaymentGatewayFactory;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which gateway a tenant's payments use: {@code andes.payments.gateway} ({@code stripe} or {@code sandbox}; by default
 * Stripe when its secret key is set, the sandbox otherwise), except tenants whose code matches
 * {@code andes.payments.sandbox-tenants} (a regular expression, for test and demo tenants), which use the sandbox. A
 * payment remembers its gateway, so its webhooks and retries go back to the same one.
 */
@ApplicationScoped
public class PaymentGateways {

    static final String SANDBOX = "sandbox";

    @Inject
    Instance<PaymentGatewayFactory> factories;

    @Inject
    @ConfigProperty(name = "andes.payments.gateway")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "andes.payments.sandbox-tenants")
    Optional<String> sandboxTenants;

    /** The gateway for new payments of {@code tenant}. */
    public PaymentGateway forTenant(TenantId tenant) {
        boolean sandbox = sandboxTenants
                .filter(pattern -> Pattern.matches(pattern, tenant.value()))
                .isPresent();
        return byId(sandbox ? SANDBOX : defaultId());
    }

    /** The gateway a payment was made with. */
    public PaymentGateway byId(String id) {
        return factories.stream()
                .filter(factory -> factory.id().equals(id))
                .filter(PaymentGatewayFactory::configured)
                .findFirst()
                .map(PaymentGatewayFactory::gateway)
                .orElseThrow(() -> new IllegalStateException("Payment gateway " + id + " is not configured"));
    }

    private String defaultId() {
        return configured.filter(id -> !id.isBlank()).orElseGet(() -> factories.stream()
                .filter(factory -> !factory.id().equals(SANDBOX))
                .filter(PaymentGatewayFactory::configured)
                .map(PaymentGatewayFactory::id)
                .findFirst()
                .orElse(SANDBOX));
    }
}
