package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.MailCatcher;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.billing.payment.domain.Payment;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Automatic payment of renewal invoices with the card on file (Stripe played by WireMock): the renewal invoice is
 * charged off-session by the job under an idempotency key from the invoice; a declined card fails the payment, mails
 * the billing address and schedules the retry, leaving the invoice pending; after the retries on days 1, 3 and 5 the
 * invoice is overdue and the tenant flagged. A charge Stripe made whose answer never reached us is found and adopted.
 */
class PaymentAutoIT extends AndesIT {

    private static final String DECLINED = "Pago automático rechazado";
    /** {@code ANDES_PAYMENTS_AUTO_CHARGE_INTERVAL} of the test run (PT2S). */
    private static final long JOB_INTERVAL_MILLIS = 2_000;

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

    @Test
    void aCardDeclinedOnEveryRetryIsTriedFourTimesThenTheInvoiceIsOverdueAndTheTenantFlagged() throws Exception {
        String admin = "cobranza@" + tenant.code() + ".cl";
        Api.Reply invited = api.post(
                "/api/v1/users",
                tenant.adminToken(),
                "{\"email\":\"%s\",\"firstName\":\"Carla\",\"lastName\":\"Rojas\",\"role\":\"tenant-admin\"}"
                        .formatted(admin));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        StripeStub.chargesDeclinedFor(tenant.code());
        BillingCalls.periodEnded(tenant.code());
        assertThat(billing.run().status()).isEqualTo(201);
        awaitDeclineNotices(admin, 1);

        for (int days : new int[] {1, 2, 2}) { // the retries on days 1, 3 and 5 after the first failure
            int before = Eventually.mailsTo(admin, DECLINED).size();
            ItDatabase.autoChargeDaysPassed(tenant.code(), days);
            awaitDeclineNotices(admin, before + 1);
        }

        assertThat(StripeStub.chargeCalls(tenant.code())).hasSize(4);
        assertThat(StripeStub.chargeCalls(tenant.code()))
                .extracting(call -> call.getHeader("Idempotency-Key"))
                .doesNotHaveDuplicates();
        List<MailCatcher.Mail> notices = Eventually.mailsTo(admin, DECLINED);
        assertThat(notices.subList(0, 3))
                .allSatisfy(mail -> assertThat(mail.text()).contains("Lo intentaremos de nuevo"));
        assertThat(notices.get(3).text()).contains("No habrá más intentos");
        JsonObject invoice = billing.invoices(tenant.adminToken()).get(0);
        assertThat(invoice.getString("status")).isEqualTo("VENCIDA");
        assertThat(payments.payments(tenant.adminToken()))
                .hasSize(4)
                .allSatisfy(payment -> assertThat(payment.getString("status")).isEqualTo("FAILED"));
        Api.Reply flags = api.get("/api/v1/billing/payment-flags", TestTenants.staffToken(Roles.BILLING_STAFF));
        assertThat(flags.status()).as(flags.toString()).isEqualTo(200);
        assertThat(flags.body()).contains(tenant.code()).contains(invoice.getString("number"));

        // nothing is attempted after the last retry, however much time passes
        Thread.sleep(3 * JOB_INTERVAL_MILLIS);
        assertThat(StripeStub.chargeCalls(tenant.code())).hasSize(4);
        assertThat(Eventually.mailsTo(admin, DECLINED)).hasSize(4);
        StripeStub.normalFor(tenant.code());
    }

    @Test
    void aChargeStripeMadeBeforeOurCommitWasLostIsAdoptedInsteadOfChargingAgain() {
        StripeStub.chargesUnansweredFor(tenant.code());
        BillingCalls.periodEnded(tenant.code());
        assertThat(billing.run().status()).isEqualTo(201);
        Eventually.await(
                () -> StripeStub.chargeCalls(tenant.code()).size(), calls -> calls > 0, "an automatic charge tried");
        String number = billing.invoices(tenant.adminToken()).get(0).getString("number");
        assertThat(payments.payments(tenant.adminToken())).as("rolled back").isEmpty();

        StripeStub.alreadyCharged(Payment.idOf(ItDatabase.invoiceId(tenant.code(), number), 1), "pi_before_crash");

        Eventually.await(
                () -> billing.invoices(tenant.adminToken()).get(0).getString("status"),
                "PAGADA"::equals,
                "the invoice paid with the charge Stripe had made");
        List<JsonObject> made = payments.payments(tenant.adminToken());
        assertThat(made).hasSize(1);
        assertThat(made.get(0).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(StripeStub.chargesMade(tenant.code()))
                .as("charges Stripe answered")
                .isZero();
        assertThat(StripeStub.chargeCalls(tenant.code()))
                .extracting(call -> call.getHeader("Idempotency-Key") + " " + call.getBodyAsString())
                .as("every retry sends the same key and parameters")
                .containsOnly(StripeStub.chargeCalls(tenant.code()).get(0).getHeader("Idempotency-Key") + " "
                        + StripeStub.chargeCalls(tenant.code()).get(0).getBodyAsString());
        StripeStub.normalFor(tenant.code());
    }

    private static void awaitDeclineNotices(String address, int count) {
        Eventually.await(
                () -> Eventually.mailsTo(address, DECLINED),
                mails -> mails.size() >= count,
                count + " mails about a declined automatic payment");
    }
}
