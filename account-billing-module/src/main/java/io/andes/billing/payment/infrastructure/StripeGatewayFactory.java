package io.andes.billing.payment.infrastructure;

import com.stripe.StripeClient;
import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.billing.payment.domain.PaymentGatewayFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Stripe gateway ({@code stripe}): needs {@code andes.stripe.secret-key}; {@code andes.stripe.api-base} for stubs. */
@ApplicationScoped
public class StripeGatewayFactory implements PaymentGatewayFactory {

    static final String ID = "stripe";
    private static final int RETRIES = 2;
    private static final int TIMEOUT_MILLIS = 20_000;

    @Inject
    @ConfigProperty(name = "andes.stripe.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "andes.stripe.api-base", defaultValue = "https://api.stripe.com")
    String apiBase;

    private volatile PaymentGateway gateway;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean configured() {
        return secretKey.filter(key -> !key.isBlank()).isPresent();
    }

    @Override
    public PaymentGateway gateway() {
        if (gateway == null) {
            gateway = new StripeGateway(StripeClient.builder()
                    .setApiKey(secretKey.orElseThrow())
                    .setApiBase(apiBase)
                    .setMaxNetworkRetries(RETRIES)
                    .setReadTimeout(TIMEOUT_MILLIS)
                    .build());
        }
        return gateway;
    }
}
