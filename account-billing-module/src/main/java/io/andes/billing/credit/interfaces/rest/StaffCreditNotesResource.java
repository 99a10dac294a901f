package io.andes.billing.credit.interfaces.rest;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.application.CreditIssuing;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Billing staff grant a tenant a credit note for a claim (audited, linked to the claim ticket). */
@Path("v1/billing/tenants/{tenant}/credit-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.BILLING_STAFF, Roles.PLATFORM_ADMIN})
public class StaffCreditNotesResource {

    @Inject
    CreditIssuing issuing;

    @Inject
    BodyValidator bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("tenant") String tenant, CreditRequests.CreditNoteBody body) {
        CreditViews.CreditNote note =
                issuing.issue(CreditRequests.tenant(tenant), bodies.valid(body).input());
        return Response.status(Response.Status.CREATED).entity(note).build();
    }
}
