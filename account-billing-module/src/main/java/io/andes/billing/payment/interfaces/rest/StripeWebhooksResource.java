package io.andes.billing.payment.interfaces.rest;

import io.andes.billing.payment.application.GatewayEvents;
import io.andes.billing.payment.infrastructure.StripeEventReader;
import io.andes.core.security.Unauthenticated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Stripe's webhook: no token, the {@code Stripe-Signature} is the authentication. The raw body is read as it came,
 * since the signature covers its exact bytes. Applied once per event id; unknown types are acknowledged.
 */
@Path("v1/payments/webhooks/stripe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Unauthenticated
public class StripeWebhooksResource {

    @Inject
    StripeEventReader reader;

    @Inject
    GatewayEvents events;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> receive(@HeaderParam("Stripe-Signature") String signature, String payload) {
        boolean applied = events.receive("stripe", reader.read(payload == null ? "" : payload, signature));
        return Map.of("received", true, "applied", applied);
    }
}
