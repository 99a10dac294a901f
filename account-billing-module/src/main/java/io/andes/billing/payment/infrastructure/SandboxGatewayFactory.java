package io.andes.billing.payment.infrastructure;

import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.billing.payment.domain.PaymentGatewayFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The sandbox gateway ({@code sandbox}): always available, for local runs and test tenants. */
@ApplicationScoped
public class SandboxGatewayFactory implements PaymentGatewayFactory {

    @Inject
    SandboxGateway gateway;

    @Override
    public String id() {
        return SandboxGateway.ID;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public PaymentGateway gateway() {
        return gateway;
    }
}
