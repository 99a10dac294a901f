package io.andes.app.it;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.andes.app.it.Problems.assertProblem;
import static io.andes.app.it.StoreCalls.TWO_USERS_AND_A_DTE_PACK;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stripe's webhook: only correctly signed, fresh events are applied, each event id once however often it arrives,
 * in any order; unknown types are acknowledged and ignored. No bearer token is involved.
 */
class StripeWebhookIT extends AndesIT {

    TestTenant tenant;
    PaymentCalls payments;
    StoreCalls store;
    String order;
    String payment;

    @BeforeEach
    void pendingCheckout() {
        tenant = TestTenants.create(api, "hook", "basico");
        payments = new PaymentCalls(api);
        store = new StoreCalls(api);
        order = payments.placedPayNow(tenant.adminToken(), "hook-order", TWO_USERS_AND_A_DTE_PACK)
                .getString("number");
        payment = payments.checkedOut(tenant.adminToken(), order, "hook-pay").getString("paymentId");
    }

    @Test
    void tamperedStaleOrMissingSignaturesAreRefusedAndChangeNothing() {
        String event = PaymentCalls.checkoutCompleted("evt_sig_" + tenant.code(), tenant.code(), payment);
        String signature = StripeStub.signature(event, Instant.now(), StripeStub.WEBHOOK_SECRET);

        assertProblem(
                payments.deliver(event.replace("\"paid\"", "\"unpaid\""), signature), 400, "/problems/validation");
        assertProblem(
                payments.deliver(
                        event,
                        StripeStub.signature(
                                event, Instant.now().minus(Duration.ofMinutes(10)), StripeStub.WEBHOOK_SECRET)),
                400,
                "/problems/validation");
        assertProblem(
                payments.deliver(event, StripeStub.signature(event, Instant.now(), "whsec_someone_else")),
                400,
                "/problems/validation");
        assertProblem(payments.deliver(event, ""), 400, "/problems/validation");
        assertThat(payments.payments(tenant.adminToken()).get(0).getString("status"))
                .isEqualTo("PENDING");

        Api.Reply valid = payments.deliver(event, signature);
        assertThat(valid.status()).as(valid.toString()).isEqualTo(200);
        assertThat(payments.payments(tenant.adminToken()).get(0).getString("status"))
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void anEventReplayedTenTimesChangesStateOnce() throws Exception {
        String event = PaymentCalls.checkoutCompleted("evt_replay_" + tenant.code(), tenant.code(), payment);

        List<Api.Reply> replies = Parallel.simultaneously(10, i -> payments.deliver(event));

        assertThat(replies)
                .allSatisfy(
                        reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(200));
        assertThat(replies.stream().filter(reply -> reply.json().getBoolean("applied")))
                .hasSize(1);
        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(7);
        List<JsonObject> audit = api.get(
                        "/api/v1/tenants/" + tenant.code() + "/audit-events?size=100",
                        TestTenants.staffToken(io.andes.core.security.Roles.PLATFORM_ADMIN),
                        "X-Access-Reason",
                        "IT: webhook replay")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(audit.stream().filter(entry -> "payment.succeeded".equals(entry.getString("action"))))
                .hasSize(1);
    }

    @Test
    void aLateFailureNeverUndoesASuccessAndUnknownTypesAreIgnored() {
        assertThat(payments.deliver(PaymentCalls.checkoutCompleted("evt_ok_" + tenant.code(), tenant.code(), payment))
                        .status())
                .isEqualTo(200);
        Api.Reply late =
                payments.deliver(PaymentCalls.paymentFailed("evt_late_" + tenant.code(), tenant.code(), payment));
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.json().getBoolean("applied")).isFalse();
        assertThat(payments.payments(tenant.adminToken()).get(0).getString("status"))
                .isEqualTo("SUCCEEDED");
        assertThat(payments.order(tenant.adminToken(), order).getString("status"))
                .isEqualTo("ACTIVATED");

        Api.Reply unknown = payments.deliver(StripeStub.event(
                "evt_unknown_" + tenant.code(), "customer.created", "{\"id\":\"cus_x\",\"object\":\"customer\"}"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().getBoolean("applied")).isFalse();
    }

    @Test
    void aSavedCardTurnsAutomaticPaymentOn() {
        String event = StripeStub.event(
                "evt_setup_" + tenant.code(),
                "setup_intent.succeeded",
                "{\"id\":\"seti_1\",\"object\":\"setup_intent\",\"status\":\"succeeded\",\"payment_method\":\"pm_card_visa\","
                        + "\"metadata\":{\"tenant\":\"" + tenant.code() + "\"}}");
        assertThat(payments.deliver(event).json().getBoolean("applied")).isTrue();

        JsonObject account = store.page("/api/v1/payments/account", tenant.adminToken());
        assertThat(account.getBoolean("autoPay")).isTrue();
        assertThat(account.getString("gateway")).isEqualTo("stripe");
        assertThat(account.getString("card")).isEqualTo("Visa •••• 4242");
        JsonObject card = account.getJsonObject("savedCard");
        assertThat(card.getString("brand")).isEqualTo("visa");
        assertThat(card.getString("last4")).isEqualTo("4242");
        assertThat(card.getInt("expMonth")).isEqualTo(12);
        assertThat(card.getInt("expYear")).isEqualTo(2030);
        assertThat(ItEnvironment.stripe()
                        .findAll(getRequestedFor(urlEqualTo(StripeStub.PAYMENT_METHODS + "/pm_card_visa"))))
                .isNotEmpty();
        Api.Reply off = api.put("/api/v1/payments/account/auto-pay", tenant.adminToken(), "{\"enabled\":false}");
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().getBoolean("autoPay")).isFalse();
    }

    @Test
    void anExpiredCheckoutIsMarkedOnceAndTheNextPayNowOpensAFreshOne() throws Exception {
        String event = StripeStub.event(
                "evt_expired_" + tenant.code(),
                "checkout.session.expired",
                "{\"id\":\"cs_test_expired\",\"object\":\"checkout.session\",\"mode\":\"payment\","
                        + "\"status\":\"expired\",\"metadata\":{\"tenant\":\"" + tenant.code() + "\",\"payment\":\""
                        + payment + "\"}}");

        List<Api.Reply> replies = Parallel.simultaneously(5, i -> payments.deliver(event));

        assertThat(replies.stream().filter(reply -> reply.json().getBoolean("applied")))
                .hasSize(1);
        assertThat(payments.payments(tenant.adminToken()).get(0).getString("status"))
                .isEqualTo("EXPIRED");
        assertThat(audit().stream().filter(entry -> "payment.expired".equals(entry.getString("action"))))
                .hasSize(1);

        JsonObject fresh = payments.checkedOut(tenant.adminToken(), order, "hook-pay-again");
        assertThat(fresh.getString("paymentId")).isNotEqualTo(payment);
        assertThat(fresh.getString("status")).isEqualTo("PENDING");
        assertThat(StripeStub.checkoutCalls(tenant.code())).hasSize(2);
        assertThat(StripeStub.checkoutCalls(tenant.code()).get(1).getHeader("Idempotency-Key"))
                .endsWith("-2");
        assertThat(payments.deliver(PaymentCalls.checkoutCompleted(
                                "evt_paid_" + tenant.code(), tenant.code(), fresh.getString("paymentId")))
                        .json()
                        .getBoolean("applied"))
                .isTrue();
        assertThat(payments.order(tenant.adminToken(), order).getString("status"))
                .isEqualTo("ACTIVATED");
    }

    private List<JsonObject> audit() {
        return api.get(
                        "/api/v1/tenants/" + tenant.code() + "/audit-events?size=100",
                        TestTenants.staffToken(io.andes.core.security.Roles.PLATFORM_ADMIN),
                        "X-Access-Reason",
                        "IT: webhook")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }
}
