package io.andes.billing.payment.interfaces.rest;

import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.application.PaymentQueries;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Billing staff: the tenants whose automatic payment failed after its last retry (they decide on suspension). */
@Path("v1/billing/payment-flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.BILLING_STAFF, Roles.PLATFORM_ADMIN})
public class PaymentFlagsResource {

    @Inject
    PaymentQueries payments;

    @GET
    public List<PaymentViews.Flag> flagged() {
        return payments.flagged();
    }
}
