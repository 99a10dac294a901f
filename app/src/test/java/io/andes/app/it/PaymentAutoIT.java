package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Automatic payment of renewal invoices with the card on file (Stripe played by WireMock): the renewal invoice is
 * charged off-session by the job under an idempotency key from the invoice; a declined card fails the payment, mails
 * the billing address and schedules the retry, leaving the invoice pending.
 */
class PaymentAutoIT extends AndesIT {

    TestTenant tenant;
    PaymentCalls payments;
    BillingCalls billing;

    @BeforeEach
    void tenantWithACardOnFile() {
        tenant = TestTenants.create(api, "pay-auto", "basico");
        payments = new PaymentCalls(api);
        billing = new BillingCalls(api);
        payments.cardOnFile(tenant);
    }

    @Test
    void theRenewalInvoiceIsChargedToTheCardOnFile() {
        BillingCalls.periodEnded(tenant.code());
        assertThat(billing.run().status()).isEqualTo(201);

        JsonObject invoice = Eventually.await(
                () -> billing.invoices(tenant.adminToken()).get(0),
                found -> "PAGADA".equals(found.getString("status")),
                "the renewal invoice paid automatically");

        List<JsonObject> made = payments.payments(tenant.adminToken());
        assertThat(made).hasSize(1);
        assertThat(made.get(0).getString("startedBy")).isEqualTo("pago automático");
        assertThat(made.get(0).getString("invoiceNumber")).isEqualTo(invoice.getString("number"));
        assertThat(StripeStub.chargeCalls(tenant.code())).hasSize(1);
        assertThat(StripeStub.chargeCalls(tenant.code()).get(0).getHeader("Idempotency-Key"))
                .startsWith("andes-auto-")
                .endsWith("-1");
        assertThat(StripeStub.chargeCalls(tenant.code()).get(0).getBodyAsString())
                .contains("off_session=true")
                .contains("pm_card_visa");
    }

    @Test
    void aDeclinedCardIsMailedAndRetriedLaterWhileTheInvoiceStaysPending() {
        StripeStub.chargesDeclinedFor(tenant.code());
        BillingCalls.periodEnded(tenant.code());
        assertThat(billing.run().status()).isEqualTo(201);

        var notice = Eventually.mail("pagos@" + tenant.code() + ".cl", "Pago automático rechazado");
        assertThat(notice.text()).contains("insufficient_funds").contains("Lo intentaremos de nuevo");
        JsonObject payment = payments.payments(tenant.adminToken()).get(0);
        assertThat(payment.getString("status")).isEqualTo("FAILED");
        assertThat(billing.invoices(tenant.adminToken()).get(0).getString("status"))
                .isEqualTo("PENDIENTE");
        assertThat(StripeStub.chargeCalls(tenant.code())).hasSize(1);
        Api.Reply flags = api.get("/api/v1/billing/payment-flags", TestTenants.staffToken(Roles.BILLING_STAFF));
        assertThat(flags.status()).as(flags.toString()).isEqualTo(200);
        assertThat(flags.body()).doesNotContain(tenant.code());
        StripeStub.normalFor(tenant.code());
    }
}
