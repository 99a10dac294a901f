package io.andes.billing.payment.interfaces.rest;

import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.application.BankTransfers;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Billing staff record a bank transfer against a tenant's invoice (audited; partial payments allowed, more than what
 * is owed refused).
 */
@Path("v1/billing/tenants/{tenant}/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.BILLING_STAFF, Roles.PLATFORM_ADMIN})
public class StaffPaymentsResource {

    @Inject
    BankTransfers transfers;

    @Inject
    BodyValidator bodies;

    @POST
    @Path("{number}/transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordTransfer(
            @PathParam("tenant") String tenant, @PathParam("number") String number, PaymentRequests.TransferBody body) {
        if (!TenantId.isValid(tenant)) {
            throw ProblemException.notFound("el cliente " + tenant, "Tenant " + tenant);
        }
        PaymentRequests.TransferBody valid = bodies.valid(body);
        PaymentViews.Payment payment = transfers.record(
                new TenantId(tenant), number, valid.amount(), valid.reference().strip(), valid.receivedOn());
        return Response.status(Response.Status.CREATED).entity(payment).build();
    }
}
