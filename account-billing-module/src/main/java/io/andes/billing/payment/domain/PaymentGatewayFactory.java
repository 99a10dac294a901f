package io.andes.billing.payment.domain;

/**
 * A plug-in point for payment providers (STYLE.md "SPI triad"): each factory has a stable id, and configuration
 * ({@code andes.payments.gateway}, {@code andes.payments.sandbox-tenants}) decides which one a tenant's payments use.
 */
public interface PaymentGatewayFactory {

    /** The stable id configuration names this gateway by. */
    String id();

    /** Whether the gateway can work with the configuration given (the Stripe one needs its secret key). */
    boolean configured();

    PaymentGateway gateway();
}
