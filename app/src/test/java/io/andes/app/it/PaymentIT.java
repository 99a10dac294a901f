package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static io.andes.app.it.StoreCalls.TWO_USERS_AND_A_DTE_PACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paying online with Stripe (WireMock playing Stripe's API): a PAY_NOW order is invoiced at once and activated when
 * Stripe's webhook says it was paid; simultaneous or repeated pay-now clicks reach one checkout; Stripe failing
 * charges nothing twice; a declined card leaves the order pending; bank transfers by staff.
 */
class PaymentIT extends AndesIT {

    TestTenant tenant;
    StoreCalls store;
    PaymentCalls payments;
    BillingCalls billing;

    @BeforeEach
    void stripeTenant() {
        tenant = TestTenants.create(api, "pay", "basico");
        store = new StoreCalls(api);
        payments = new PaymentCalls(api);
        billing = new BillingCalls(api);
    }

    @Test
    void payNowOrderIsInvoicedAtOnceAndActivatedWhenStripeSaysPaid() {
        JsonObject order = payments.placedPayNow(tenant.adminToken(), "buy-now-1", TWO_USERS_AND_A_DTE_PACK);
        assertThat(order.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(5);
        List<JsonObject> invoices = billing.invoices(tenant.adminToken());
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0).getString("status")).isEqualTo("PENDIENTE");
        assertThat(StoreCalls.amount(invoices.get(0), "total"))
                .isEqualByComparingTo(StoreCalls.amount(order.getJsonObject("prorated"), "total"));

        JsonObject checkout = payments.checkedOut(tenant.adminToken(), order.getString("number"), "pay-1");
        assertThat(checkout.getString("url")).startsWith("https://checkout.stripe.test/");
        assertThat(checkout.getString("invoiceNumber"))
                .isEqualTo(invoices.get(0).getString("number"));

        Api.Reply paid = payments.deliver(
                PaymentCalls.checkoutCompleted("evt_" + tenant.code(), tenant.code(), checkout.getString("paymentId")));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().getBoolean("applied")).isTrue();

        assertThat(payments.order(tenant.adminToken(), order.getString("number"))
                        .getString("status"))
                .isEqualTo("ACTIVATED");
        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(7);
        assertThat(billing.invoices(tenant.adminToken()).get(0).getString("status"))
                .isEqualTo("PAGADA");
        JsonObject payment = payments.payments(tenant.adminToken()).get(0);
        assertThat(payment.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(payment.getString("method")).isEqualTo("CARD");
        assertThat(payment.getString("startedBy")).isEqualTo("admin@" + tenant.code());
        Api.Reply receipt = api.get(
                "/api/v1/payments/" + payment.getString("id") + "/receipt",
                tenant.adminToken(),
                "Accept",
                "application/pdf");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body()).startsWith("%PDF");

        assertProblem(
                payments.checkoutOrder(tenant.adminToken(), order.getString("number"), "pay-again"),
                409,
                "/problems/conflict");
    }

    @Test
    void twentySimultaneousPayNowClicksReachOneCheckout() throws Exception {
        String number = payments.placedPayNow(tenant.adminToken(), "buy-now-20", TWO_USERS_AND_A_DTE_PACK)
                .getString("number");

        List<Api.Reply> replies =
                Parallel.simultaneously(20, i -> payments.checkoutOrder(tenant.adminToken(), number, "click-" + i));

        assertThat(replies)
                .allSatisfy(
                        reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(200));
        assertThat(replies.stream().map(reply -> reply.json().getString("url")).distinct())
                .hasSize(1);
        assertThat(replies.stream()
                        .map(reply -> reply.json().getString("paymentId"))
                        .distinct())
                .hasSize(1);
        assertThat(StripeStub.checkoutCalls(tenant.code())).hasSize(1);
        assertThat(payments.payments(tenant.adminToken())).hasSize(1);
        JsonObject again = payments.checkedOut(tenant.adminToken(), number, "click-again");
        assertThat(again.getString("url")).isEqualTo(replies.get(0).json().getString("url"));
        assertThat(StripeStub.checkoutCalls(tenant.code())).hasSize(1);
    }

    @Test
    void stripeFailingThenAnsweringCreatesOneCheckoutUnderOneIdempotencyKey() {
        String number = payments.placedPayNow(tenant.adminToken(), "buy-now-500", TWO_USERS_AND_A_DTE_PACK)
                .getString("number");

        StripeStub.checkoutAlwaysFailsFor(tenant.code());
        Api.Reply down = payments.checkoutOrder(tenant.adminToken(), number, "pay-500");
        assertProblem(down, 503, "/problems/service-unavailable");
        assertThat(payments.payments(tenant.adminToken())).isEmpty();

        StripeStub.normalFor(tenant.code());
        StripeStub.checkoutFailsOnceFor(tenant.code());
        JsonObject checkout = payments.checkedOut(tenant.adminToken(), number, "pay-500");

        List<LoggedRequest> calls = StripeStub.checkoutCalls(tenant.code());
        assertThat(calls.size()).isGreaterThanOrEqualTo(3);
        assertThat(calls.stream().map(call -> call.getHeader("Idempotency-Key")).distinct())
                .as("every call, retries and the later click included, under one key")
                .hasSize(1);
        assertThat(payments.payments(tenant.adminToken())).hasSize(1);
        assertThat(payments.checkedOut(tenant.adminToken(), number, "pay-500-again")
                        .getString("url"))
                .isEqualTo(checkout.getString("url"));
        StripeStub.normalFor(tenant.code());
    }

    @Test
    void aCheckoutPastStripesExpiryIsNotReusedButExpiredAndReplaced() {
        String number = payments.placedPayNow(tenant.adminToken(), "buy-now-late", TWO_USERS_AND_A_DTE_PACK)
                .getString("number");
        JsonObject first = payments.checkedOut(tenant.adminToken(), number, "pay-late");
        assertThat(payments.checkedOut(tenant.adminToken(), number, "pay-late-2")
                        .getString("paymentId"))
                .as("open: the same checkout")
                .isEqualTo(first.getString("paymentId"));

        ItDatabase.checkoutsOpenedEarlier(tenant.code(), 25);
        JsonObject second = payments.checkedOut(tenant.adminToken(), number, "pay-late-3");

        assertThat(second.getString("paymentId")).isNotEqualTo(first.getString("paymentId"));
        assertThat(second.getString("url")).isNotEqualTo(first.getString("url"));
        assertThat(StripeStub.checkoutCalls(tenant.code())).hasSize(2);
        assertThat(payments.payments(tenant.adminToken()))
                .extracting(payment -> payment.getString("id") + " " + payment.getString("status"))
                .containsExactlyInAnyOrder(
                        first.getString("paymentId") + " EXPIRED", second.getString("paymentId") + " PENDING");
    }

    @Test
    void aDeclinedCardLeavesTheOrderPendingWithAClearReason() {
        JsonObject order = payments.placedPayNow(tenant.adminToken(), "buy-now-declined", TWO_USERS_AND_A_DTE_PACK);
        String number = order.getString("number");
        JsonObject checkout = payments.checkedOut(tenant.adminToken(), number, "pay-declined");

        Api.Reply failed = payments.deliver(PaymentCalls.paymentFailed(
                "evt_fail_" + tenant.code(), tenant.code(), checkout.getString("paymentId")));
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);

        JsonObject payment = payments.payments(tenant.adminToken()).get(0);
        assertThat(payment.getString("status")).isEqualTo("FAILED");
        assertThat(payment.getString("failure")).contains("declined");
        assertThat(payments.order(tenant.adminToken(), number).getString("status"))
                .isEqualTo("PENDING_PAYMENT");
        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(5);
        JsonObject retry = payments.checkedOut(tenant.adminToken(), number, "pay-declined-retry");
        assertThat(retry.getString("paymentId")).isNotEqualTo(checkout.getString("paymentId"));
        assertThat(StripeStub.checkoutCalls(tenant.code())).hasSize(2);
    }

    @Test
    void billingStaffRecordPartialTransfersButNeverMoreThanOwed() {
        String number = payments.placedPayNow(tenant.adminToken(), "buy-now-transfer", TWO_USERS_AND_A_DTE_PACK)
                .getString("number");
        JsonObject invoice = billing.invoices(tenant.adminToken()).get(0);
        String invoiceNumber = invoice.getString("number");
        java.math.BigDecimal total = StoreCalls.amount(invoice, "total");
        java.math.BigDecimal part = total.divideToIntegralValue(java.math.BigDecimal.valueOf(2));
        String path = "/api/v1/billing/tenants/" + tenant.code() + "/invoices/" + invoiceNumber + "/transfers";
        String staff = TestTenants.staffToken(Roles.BILLING_STAFF);

        Api.Reply first = api.post(path, staff, "{\"amount\":%s,\"reference\":\"TRX-1\"}".formatted(part));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getString("method")).isEqualTo("TRANSFER");
        assertThat(billing.invoices(tenant.adminToken()).get(0).getString("status"))
                .isEqualTo("PENDIENTE");

        assertProblem(
                api.post(path, staff, "{\"amount\":%s,\"reference\":\"TRX-2\"}".formatted(total)),
                422,
                "/problems/unprocessable");
        assertProblem(
                api.post(path, tenant.adminToken(), "{\"amount\":1,\"reference\":\"x\"}"), 403, "/problems/forbidden");
        assertProblem(api.post(path, staff, "{\"amount\":-1,\"reference\":\"TRX-3\"}"), 400, "/problems/validation");
        assertProblem(
                api.post(path, staff, "{\"amount\":1,\"reference\":\"TRX-4\",\"receivedOn\":\"2999-01-01\"}"),
                400,
                "/problems/validation");

        Api.Reply rest =
                api.post(path, staff, "{\"amount\":%s,\"reference\":\"TRX-2\"}".formatted(total.subtract(part)));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        assertThat(billing.invoices(tenant.adminToken()).get(0).getString("status"))
                .isEqualTo("PAGADA");
        assertThat(payments.order(tenant.adminToken(), number).getString("status"))
                .isEqualTo("ACTIVATED");
        assertThat(payments.payments(tenant.adminToken())).hasSize(2);
        assertProblem(
                api.post(
                        "/api/v1/billing/tenants/nadie-" + tenant.code() + "/invoices/" + invoiceNumber + "/transfers",
                        staff,
                        "{\"amount\":1,\"reference\":\"x\"}"),
                404,
                "/problems/not-found");
    }

    @Test
    void anotherTenantsPaymentsInvoicesAndOrdersAreNotFound() {
        TestTenant other = TestTenants.create(api, "pay-other", "basico");
        String number = payments.placedPayNow(tenant.adminToken(), "buy-now-iso", TWO_USERS_AND_A_DTE_PACK)
                .getString("number");
        JsonObject checkout = payments.checkedOut(tenant.adminToken(), number, "pay-iso");
        String paymentId = checkout.getString("paymentId");
        String invoiceNumber = checkout.getString("invoiceNumber");

        assertProblem(api.get("/api/v1/payments/" + paymentId, other.adminToken()), 404, "/problems/not-found");
        assertProblem(
                api.get("/api/v1/payments/" + paymentId + "/receipt", other.adminToken()), 404, "/problems/not-found");
        assertProblem(payments.checkoutOrder(other.adminToken(), number, "steal"), 404, "/problems/not-found");
        assertProblem(
                api.post(
                        "/api/v1/payments/invoices/" + invoiceNumber + "/checkout",
                        other.adminToken(),
                        "",
                        "Idempotency-Key",
                        "steal-invoice"),
                404,
                "/problems/not-found");
        assertThat(payments.payments(other.adminToken())).isEmpty();

        // an event naming the other tenant with this tenant's payment changes nothing anywhere
        Api.Reply crossed =
                payments.deliver(PaymentCalls.checkoutCompleted("evt_cross_" + other.code(), other.code(), paymentId));
        assertThat(crossed.status()).isEqualTo(200);
        assertThat(crossed.json().getBoolean("applied")).isFalse();
        assertThat(payments.payments(tenant.adminToken()).get(0).getString("status"))
                .isEqualTo("PENDING");
        assertProblem(api.get("/api/v1/payments", tenant.userToken()), 403, "/problems/forbidden");
    }
}
