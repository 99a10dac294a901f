package io.andes.billing.invoice.interfaces.rest;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.application.InvoiceVoiding;
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

/** Billing staff void a tenant's invoice with a reason; a credit note answers it. */
@Path("v1/billing/tenants/{tenant}/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.BILLING_STAFF, Roles.PLATFORM_ADMIN})
public class StaffInvoicesResource {

    @Inject
    InvoiceVoiding voiding;

    @Inject
    BodyValidator bodies;

    @POST
    @Path("{number}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    public BillingViews.Invoice voidInvoice(
            @PathParam("tenant") String tenant, @PathParam("number") String number, BillingRequests.VoidBody body) {
        if (!TenantId.isValid(tenant)) {
            throw ProblemException.notFound("el cliente " + tenant, "Tenant " + tenant);
        }
        return voiding.voidInvoice(
                new TenantId(tenant), number, bodies.valid(body).reason());
    }
}
