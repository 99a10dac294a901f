package io.andes.billing.invoice.interfaces.rest;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.application.AccountQueries;
import io.andes.billing.invoice.application.BillingDataUseCases;
import io.andes.billing.invoice.application.InvoiceQueries;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.PdfDownload;
import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * "Cuenta y Facturación" for the caller's tenant (tenant-admin only): the account, the next-invoice preview, the
 * invoices with their PDFs and the billing data they print. Another tenant's invoice numbers are simply not found.
 */
@Path("v1/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.TENANT_ADMIN)
public class BillingResource {

    @Inject
    AccountQueries account;

    @Inject
    InvoiceQueries invoices;

    @Inject
    BillingDataUseCases billingData;

    @Inject
    BodyValidator bodies;

    @Context
    HttpHeaders headers;

    @GET
    @Path("account")
    public BillingViews.Account account() {
        return account.account(ProblemResponses.prefersEnglish(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("next-invoice")
    public BillingViews.Draft nextInvoice() {
        return invoices.nextInvoice();
    }

    @GET
    @Path("invoices")
    public Page<BillingViews.InvoiceSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return invoices.list(PageRequest.of(page, size));
    }

    @GET
    @Path("invoices/{number}")
    public BillingViews.Invoice invoice(@PathParam("number") String number) {
        return invoices.view(number);
    }

    @GET
    @Path("invoices/{number}/pdf")
    @Produces({PdfDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("number") String number) {
        return PdfDownload.of(invoices.pdf(number), "factura-" + number.strip());
    }

    @GET
    @Path("billing-data")
    public BillingViews.BillingData billingData() {
        return billingData.view();
    }

    @PUT
    @Path("billing-data")
    @Consumes(MediaType.APPLICATION_JSON)
    public BillingViews.BillingData changeBillingData(BillingRequests.BillingDataBody body) {
        return billingData.change(bodies.valid(body).input());
    }
}
