package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The payments API as a tenant-admin, billing staff and Stripe's webhook use it. */
final class PaymentCalls {

    static final String WEBHOOK = "/api/v1/payments/webhooks/stripe";

    private final Api api;
    private final StoreCalls store;

    PaymentCalls(Api api) {
        this.api = api;
        this.store = new StoreCalls(api);
    }

    /** Places a PAY_NOW order of {@code lines} against its quote; the reply. */
    Api.Reply payNowOrder(String token, String key, String lines) {
        String fingerprint = store.quoted(token, lines).getString("fingerprint");
        return api.post(
                "/api/v1/store/orders",
                token,
                "{\"lines\":%s,\"quoteFingerprint\":\"%s\",\"mode\":\"PAY_NOW\"}".formatted(lines, fingerprint),
                "Idempotency-Key",
                key);
    }

    JsonObject placedPayNow(String token, String key, String lines) {
        Api.Reply reply = payNowOrder(token, key, lines);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    Api.Reply checkoutOrder(String token, String order, String key) {
        return api.post("/api/v1/payments/orders/" + order + "/checkout", token, "", "Idempotency-Key", key);
    }

    JsonObject checkedOut(String token, String order, String key) {
        Api.Reply reply = checkoutOrder(token, order, key);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    List<JsonObject> payments(String token) {
        return store.page("/api/v1/payments?size=100", token)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    JsonObject order(String token, String number) {
        return store.page("/api/v1/store/orders/" + number, token);
    }

    /** A webhook event signed now with the configured secret. */
    Api.Reply deliver(String payload) {
        return deliver(payload, StripeStub.signature(payload, Instant.now(), StripeStub.WEBHOOK_SECRET));
    }

    Api.Reply deliver(String payload, String signature) {
        return api.send(api.request(WEBHOOK, null, "Content-Type", "application/json", "Stripe-Signature", signature)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(payload)));
    }

    /** Stripe's checkout.session.completed for a paid checkout of our payment. */
    static String checkoutCompleted(String eventId, String tenant, String payment) {
        return StripeStub.event(
                eventId,
                "checkout.session.completed",
                "{\"id\":\"cs_test_done\",\"object\":\"checkout.session\",\"mode\":\"payment\","
                        + "\"payment_status\":\"paid\",\"payment_intent\":\"pi_test_" + eventId + "\","
                        + metadata(tenant, payment) + "}");
    }

    /**
     * A PAY_NOW order paid by card: placed, checked out and confirmed by Stripe's webhook (event {@code evt_<key>}); its
     * invoice, now PAGADA.
     */
    JsonObject paidByCard(String token, String tenant, String key) {
        String order =
                placedPayNow(token, key, StoreCalls.TWO_USERS_AND_A_DTE_PACK).getString("number");
        JsonObject checkout = checkedOut(token, order, key + "-pay");
        Api.Reply paid = deliver(checkoutCompleted("evt_" + key, tenant, checkout.getString("paymentId")));
        assertThat(paid.json().getBoolean("applied")).as(paid.toString()).isTrue();
        return new BillingCalls(api)
                .invoices(token).stream()
                        .filter(invoice -> invoice.getString("number").equals(checkout.getString("invoiceNumber")))
                        .findFirst()
                        .orElseThrow();
    }

    /**
     * The tenant pays its renewals automatically: billing data with the mail {@code pagos@<code>.cl}, a card saved
     * through Stripe's setup_intent.succeeded, and its subscription started.
     */
    void cardOnFile(TestTenants.TestTenant tenant) {
        Api.Reply data = api.put(
                "/api/v1/billing/billing-data",
                tenant.adminToken(),
                """
                {"legalName":"Cobros %s SpA","taxId":"76.086.428-5","email":"pagos@%s.cl"}"""
                        .formatted(tenant.code(), tenant.code()));
        assertThat(data.status()).as(data.toString()).isEqualTo(200);
        Api.Reply saved = deliver(StripeStub.event(
                "evt_setup_" + tenant.code(),
                "setup_intent.succeeded",
                "{\"id\":\"seti_1\",\"object\":\"setup_intent\",\"payment_method\":\"pm_card_visa\","
                        + "\"metadata\":{\"tenant\":\"" + tenant.code() + "\"}}"));
        assertThat(saved.json().getBoolean("applied")).isTrue();
        store.page("/api/v1/store/subscription", tenant.adminToken()); // starts on first use
    }

    /**
     * A tenant flagged for billing staff: its card declines, its renewal invoice is charged automatically and fails,
     * and (its retries moved back in time) the job retries until the last one fails; its flag as staff read it.
     */
    JsonObject flagged(TestTenants.TestTenant tenant) {
        cardOnFile(tenant);
        StripeStub.chargesDeclinedFor(tenant.code());
        BillingCalls billing = new BillingCalls(api);
        BillingCalls.periodEnded(tenant.code());
        assertThat(billing.run().status()).isEqualTo(201);
        Eventually.await(
                () -> payments(tenant.adminToken()),
                made -> made.stream().anyMatch(p -> "FAILED".equals(p.getString("status"))),
                "the first failed automatic payment of " + tenant.code());
        ItDatabase.autoChargesFailedEarlier(tenant.code(), Duration.ofDays(30));
        return Eventually.await(
                () -> flags().stream()
                        .filter(flag -> flag.getString("tenant").equals(tenant.code()))
                        .findFirst()
                        .orElse(null),
                flag -> flag != null,
                "the flag of " + tenant.code());
    }

    /** The tenants flagged after their last automatic payment failed, as billing staff list them. */
    List<JsonObject> flags() {
        Api.Reply reply = api.get("/api/v1/billing/payment-flags", TestTenants.staffToken(Roles.BILLING_STAFF));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class);
    }

    /** Stripe's charge.refunded for our payment, with the charge's refunded total in minor units. */
    static String chargeRefunded(String eventId, String tenant, String payment, long amountRefunded) {
        return StripeStub.event(
                eventId,
                "charge.refunded",
                "{\"id\":\"ch_test_" + eventId + "\",\"object\":\"charge\",\"refunded\":false,"
                        + "\"amount_refunded\":" + amountRefunded + ",\"payment_intent\":\"pi_test_1\","
                        + metadata(tenant, payment) + "}");
    }

    /** Stripe's payment_intent.payment_failed with a decline message. */
    static String paymentFailed(String eventId, String tenant, String payment) {
        return StripeStub.event(
                eventId,
                "payment_intent.payment_failed",
                "{\"id\":\"pi_test_" + eventId
                        + "\",\"object\":\"payment_intent\",\"status\":\"requires_payment_method\","
                        + "\"last_payment_error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
                        + "\"message\":\"Your card was declined.\"}," + metadata(tenant, payment) + "}");
    }

    private static String metadata(String tenant, String payment) {
        return "\"metadata\":{\"tenant\":\"" + tenant + "\",\"payment\":\"" + payment + "\"}";
    }
}
