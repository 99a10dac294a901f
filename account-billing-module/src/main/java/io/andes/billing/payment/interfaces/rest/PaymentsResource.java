package io.andes.billing.payment.interfaces.rest;

import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.application.PayNow;
import io.andes.billing.payment.application.PaymentAccounts;
import io.andes.billing.payment.application.PaymentQueries;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.domain.entitlement.IdempotencyKey;
import io.andes.core.interfaces.rest.BodyValidator;
import io.andes.core.interfaces.rest.PdfDownload;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Payments of the caller's tenant (tenant-admin only): pay an invoice or a PAY_NOW order now (a hosted checkout; the
 * same one while it is open), the payment history with receipts, the card on file and automatic payment. Another
 * tenant's payments, invoices and orders are simply not found.
 */
@Path("v1/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.TENANT_ADMIN)
public class PaymentsResource {

    @Inject
    PayNow payNow;

    @Inject
    PaymentQueries payments;

    @Inject
    PaymentAccounts accounts;

    @Inject
    BodyValidator bodies;

    @POST
    @Path("invoices/{number}/checkout")
    public PaymentViews.Checkout payInvoice(
            @PathParam("number") String number, @HeaderParam("Idempotency-Key") String key) {
        return payNow.forInvoice(number, key);
    }

    @POST
    @Path("orders/{number}/checkout")
    public PaymentViews.Checkout payOrder(
            @PathParam("number") String number, @HeaderParam("Idempotency-Key") String key) {
        return payNow.forOrder(number, key);
    }

    @GET
    public Page<PaymentViews.Payment> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return payments.list(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public PaymentViews.Payment view(@PathParam("id") String id) {
        return payments.view(id);
    }

    @GET
    @Path("{id}/receipt")
    @Produces({PdfDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response receipt(@PathParam("id") String id) {
        return PdfDownload.of(payments.receipt(id), "comprobante-" + id.strip());
    }

    @GET
    @Path("account")
    public PaymentViews.Account account() {
        return accounts.view();
    }

    @POST
    @Path("account/card-checkout")
    public PaymentViews.Checkout addCard(@HeaderParam("Idempotency-Key") String key) {
        IdempotencyKey.fromHeader(key);
        return accounts.saveCard();
    }

    @PUT
    @Path("account/auto-pay")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentViews.Account autoPay(PaymentRequests.AutoPayBody body) {
        return accounts.autoPay(bodies.valid(body).enabled());
    }
}
