package io.andes.app.it;

import static io.andes.app.it.Eventually.await;
import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credits refunded to the card through the gateway (Stripe played by WireMock): the payment job executes the pending
 * request once under an idempotency key from the request's id, marks it done with Stripe's refund id and shows the
 * payment partly refunded in the tenant's payment history; Stripe's 500 is retried into one refund, a replayed
 * charge.refunded changes nothing, and a refund Stripe keeps refusing stays pending with its failure for staff. An
 * invoice paid by bank transfer is never refunded to a card.
 */
class RefundIT extends AndesIT {

    TestTenant tenant;
    PaymentCalls payments;
    CreditCalls credits;
    String claim;

    @BeforeEach
    void aTenantWithAClaim() {
        tenant = TestTenants.create(api, "refund", "basico"); // CLP, IVA 19 %
        payments = new PaymentCalls(api);
        credits = new CreditCalls(api);
        claim = new DeskFixture(api).openClaim(tenant.userToken(), "Nos cobraron de más");
    }

    @AfterEach
    void stripeAnswersNormallyAgain() {
        StripeStub.normalFor(tenant.code());
    }

    @Test
    void aCardPaidInvoiceIsRefundedOnceAndThePaymentShowsIt() {
        JsonObject invoice = payments.paidByCard(tenant.adminToken(), tenant.code(), "refund-" + tenant.code());

        JsonObject note = refundToCard(invoice, "100");

        JsonObject done = awaitRefund("DONE");
        assertThat(done.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("119"); // with its IVA
        List<LoggedRequest> calls = StripeStub.refundCalls(tenant.code());
        assertThat(calls).hasSize(1);
        assertThat(StripeStub.refundsMade(tenant.code())).isEqualTo(1);
        assertThat(calls.get(0).getHeader("Idempotency-Key")).startsWith("andes-refund-");
        assertThat(calls.get(0).getBodyAsString())
                .contains("amount=119")
                .contains("payment_intent=pi_test_evt_refund-" + tenant.code());
        JsonObject payment = payments.payments(tenant.adminToken()).get(0);
        assertThat(payment.getString("status")).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(payment.getJsonNumber("refunded").bigDecimalValue()).isEqualByComparingTo("119");
        assertThat(staffRequests())
                .noneSatisfy(r -> assertThat(r.getString("creditNote")).isEqualTo(note.getString("number")));

        String event =
                PaymentCalls.chargeRefunded("evt_re_" + tenant.code(), tenant.code(), payment.getString("id"), 119);
        assertThat(payments.deliver(event).json().getBoolean("applied")).isFalse();
        assertThat(payments.deliver(event).json().getBoolean("applied"))
                .as("replayed")
                .isFalse();
        assertThat(payments.payments(tenant.adminToken()).get(0)).isEqualTo(payment);

        TestTenant other = TestTenants.create(api, "refund-b", "basico");
        assertProblem(
                api.get("/api/v1/payments/" + payment.getString("id"), other.adminToken()), 404, "/problems/not-found");
        assertThat(payments.payments(other.adminToken())).isEmpty();
        assertThat(credits.entries(other.adminToken())).isEmpty();
        sleepThroughJobPasses();
        assertThat(StripeStub.refundCalls(tenant.code())).hasSize(1);
    }

    @Test
    void stripeFailingOnceThenAnsweringMakesOneRefundUnderOneKey() {
        JsonObject invoice = payments.paidByCard(tenant.adminToken(), tenant.code(), "refund500-" + tenant.code());
        StripeStub.refundFailsOnceFor(tenant.code());

        refundToCard(invoice, "200");

        awaitRefund("DONE");
        List<LoggedRequest> calls = StripeStub.refundCalls(tenant.code());
        assertThat(calls).hasSize(2); // the 500, then the SDK's retry
        assertThat(calls.stream().map(call -> call.getHeader("Idempotency-Key")).distinct())
                .hasSize(1);
        assertThat(StripeStub.refundsMade(tenant.code())).isEqualTo(1);
        assertThat(payments.payments(tenant.adminToken())
                        .get(0)
                        .getJsonNumber("refunded")
                        .bigDecimalValue())
                .isEqualByComparingTo("238");
        sleepThroughJobPasses();
        assertThat(StripeStub.refundCalls(tenant.code())).hasSize(2);
    }

    @Test
    void aRefundStripeKeepsFailingStaysPendingWithItsFailureForStaff() {
        JsonObject invoice = payments.paidByCard(tenant.adminToken(), tenant.code(), "refundko-" + tenant.code());
        StripeStub.refundsAlwaysFailFor(tenant.code());

        JsonObject note = refundToCard(invoice, "100");

        JsonObject failed = await(
                () -> staffRequests().stream()
                        .filter(r -> r.getString("creditNote").equals(note.getString("number")))
                        .findFirst()
                        .orElse(null),
                r -> r != null && r.getInt("attempts") > 0,
                "the failed refund of " + tenant.code());
        assertThat(failed.getString("failure")).contains("Stripe no respondió");
        assertThat(credits.entries(tenant.adminToken()).get(0).getString("refundStatus"))
                .isEqualTo("PENDING");
        assertThat(payments.payments(tenant.adminToken()).get(0).getString("status"))
                .isEqualTo("SUCCEEDED");
        assertThat(StripeStub.refundCalls(tenant.code()).stream()
                        .map(call -> call.getHeader("Idempotency-Key"))
                        .distinct())
                .hasSize(1);
    }

    @Test
    void anInvoicePaidByBankTransferIsNotRefundedToACard() {
        payments.placedPayNow(tenant.adminToken(), "refund-trx", StoreCalls.TWO_USERS_AND_A_DTE_PACK);
        BillingCalls billing = new BillingCalls(api);
        JsonObject invoice = billing.invoices(tenant.adminToken()).get(0);
        Api.Reply transfer = api.post(
                "/api/v1/billing/tenants/" + tenant.code() + "/invoices/" + invoice.getString("number") + "/transfers",
                TestTenants.staffToken(Roles.BILLING_STAFF),
                "{\"amount\":%s,\"reference\":\"TRX-9\"}".formatted(StoreCalls.amount(invoice, "total")));
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);

        Api.Reply refused = credits.issue(
                CreditCalls.billingStaff(),
                tenant.code(),
                CreditCalls.undueCharge(claim, "100")
                        .add("invoice", invoice.getString("number"))
                        .add("refundToCard", true));

        assertProblem(refused, 409, "/problems/conflict");
        assertThat(refused.body()).contains("no se pagó con tarjeta");
        assertThat(credits.notes(tenant.adminToken())).isEmpty();
        assertThat(credits.issued(
                                tenant.code(),
                                CreditCalls.undueCharge(claim, "100").add("invoice", invoice.getString("number")))
                        .getString("destination"))
                .isEqualTo("BALANCE");
    }

    private JsonObject refundToCard(JsonObject invoice, String amount) {
        return credits.issued(
                tenant.code(),
                CreditCalls.undueCharge(claim, amount)
                        .add("invoice", invoice.getString("number"))
                        .add("refundToCard", true));
    }

    private JsonObject awaitRefund(String status) {
        return await(
                () -> credits.entries(tenant.adminToken()).get(0),
                entry -> status.equals(entry.getString("refundStatus")),
                "the refund of " + tenant.code() + " " + status);
    }

    private List<JsonObject> staffRequests() {
        return credits.refundRequests();
    }

    /** The payment job runs every two seconds in the tests: a few passes more. */
    private static void sleepThroughJobPasses() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
