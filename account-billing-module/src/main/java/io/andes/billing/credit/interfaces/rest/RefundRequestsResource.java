package io.andes.billing.credit.interfaces.rest;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.api.RefundRequests;
import io.andes.billing.credit.application.ManualRefunds;
import io.andes.core.api.Page;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Billing staff's view of the refunds to the card still pending: the payment job executes them, and one that failed
 * shows its attempts and the last failure until it succeeds; one that cannot go to the card staff close by hand.
 */
@Path("v1/billing/refund-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.BILLING_STAFF, Roles.PLATFORM_ADMIN})
public class RefundRequestsResource {

    static final int LIMIT = 100;

    @Inject
    RefundRequests refunds;

    @Inject
    ManualRefunds manual;

    @Inject
    BodyValidator bodies;

    /** A pending refund as staff read it. */
    public record Pending(
            String id,
            String tenant,
            String creditNote,
            String invoice,
            String currency,
            BigDecimal amount,
            Instant requestedAt,
            int attempts,
            String failure,
            boolean toCard) {}

    @GET
    public Page<Pending> pending() {
        List<Pending> found = refunds.pending(LIMIT).stream()
                .map(r -> new Pending(
                        r.id(),
                        r.tenant().value(),
                        r.creditNote(),
                        r.invoiceNumber(),
                        r.currency(),
                        r.amount(),
                        r.requestedAt(),
                        r.attempts(),
                        r.failure(),
                        r.toCard()))
                .toList();
        return new Page<>(found, 0, LIMIT, found.size());
    }

    /** Closes a request by hand (a transfer, a deposit, a cheque) when it cannot or should not go to the card. */
    @POST
    @Path("{id}/manual-settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    public CreditViews.ManualRefund settle(@PathParam("id") String id, CreditRequests.ManualSettlementBody body) {
        return manual.settle(id, bodies.valid(body).settlement());
    }
}
