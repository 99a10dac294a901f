package io.andes.app.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's API as the application's Stripe SDK sees it, played by WireMock for the whole IT run: customers, Checkout
 * sessions (expiring in 24 h), PaymentIntents and their search (empty unless a test says otherwise), saved cards'
 * PaymentMethods (a Visa 4242, 12/2030) answer like Stripe test mode. A test changes the answers for its own tenant only
 * (requests carry the tenant code in their metadata), so tests never disturb each other. Also signs webhook events
 * with the endpoint secret the application is configured with.
 */
final class StripeStub {

    static final String WEBHOOK_SECRET = "whsec_andes_it";
    static final String CHECKOUT = "/v1/checkout/sessions";
    static final String PAYMENT_INTENTS = "/v1/payment_intents";
    static final String REFUNDS = "/v1/refunds";
    static final String SEARCH = "/v1/payment_intents/search";
    static final String PAYMENT_METHODS = "/v1/payment_methods";
    private static final int DEFAULT = 10;
    private static final int FOR_TENANT = 1;

    private StripeStub() {}

    static WireMockServer start(int port) {
        WireMockServer server =
                new WireMockServer(options().bindAddress("127.0.0.1").port(port));
        server.start();
        server.stubFor(post(urlEqualTo("/v1/customers"))
                .atPriority(DEFAULT)
                .willReturn(json(
                        "{\"id\":\"cus_{{randomValue length=14 type='ALPHANUMERIC'}}\",\"object\":\"customer\"}")));
        server.stubFor(post(urlEqualTo(CHECKOUT)).atPriority(DEFAULT).willReturn(json(session())));
        server.stubFor(post(urlEqualTo(PAYMENT_INTENTS))
                .atPriority(DEFAULT)
                .willReturn(json("{\"id\":\"pi_{{randomValue length=14 type='ALPHANUMERIC'}}\","
                        + "\"object\":\"payment_intent\",\"status\":\"succeeded\"}")));
        server.stubFor(get(urlPathEqualTo(SEARCH)).atPriority(DEFAULT).willReturn(json(searchResult(""))));
        server.stubFor(get(urlPathMatching(PAYMENT_METHODS + "/[A-Za-z0-9_]+"))
                .atPriority(DEFAULT)
                .willReturn(json("{\"id\":\"{{request.pathSegments.[2]}}\",\"object\":\"payment_method\","
                        + "\"type\":\"card\",\"card\":{\"brand\":\"visa\",\"last4\":\"4242\",\"exp_month\":12,"
                        + "\"exp_year\":2030}}")));
        server.stubFor(get(urlPathEqualTo(REFUNDS)).atPriority(DEFAULT).willReturn(json(refundList(""))));
        server.stubFor(post(urlEqualTo(REFUNDS))
                .atPriority(DEFAULT)
                .willReturn(json("{\"id\":\"re_{{randomValue length=14 type='ALPHANUMERIC'}}\","
                        + "\"object\":\"refund\",\"status\":\"succeeded\"}")));
        return server;
    }

    private static String session() {
        return "{\"id\":\"cs_test_{{randomValue length=20 type='ALPHANUMERIC'}}\",\"object\":\"checkout.session\","
                + "\"url\":\"https://checkout.stripe.test/c/pay/{{randomValue length=20 type='ALPHANUMERIC'}}\","
                + "\"expires_at\":{{now offset='24 hours' format='unix'}} }"; // a space: "}}}" is not the template's
        // end
    }

    private static String searchResult(String intents) {
        return "{\"object\":\"search_result\",\"url\":\"" + SEARCH + "\",\"has_more\":false,\"data\":[" + intents
                + "]}";
    }

    private static String refundList(String refunds) {
        return "{\"object\":\"list\",\"url\":\"" + REFUNDS + "\",\"has_more\":false,\"data\":[" + refunds + "]}";
    }

    /**
     * Stripe lists refund {@code refundId}, made for our refund request {@code request}, among the refunds of every
     * PaymentIntent: a refund Stripe made whose answer never reached us. Until {@link #refundUnlisted}.
     */
    static void refundListed(String request, String refundId) {
        ItEnvironment.stripe()
                .stubFor(get(urlPathEqualTo(REFUNDS))
                        .atPriority(FOR_TENANT)
                        .withMetadata(Map.of("refundRequest", request))
                        .willReturn(json(refundList("{\"id\":\"" + refundId + "\",\"object\":\"refund\","
                                + "\"status\":\"succeeded\",\"metadata\":{\"refund\":\"" + request + "\"}}"))));
    }

    static void refundUnlisted(String request) {
        WireMockServer server = ItEnvironment.stripe();
        server.getStubMappings().stream()
                .filter(mapping -> mapping.getMetadata() != null
                        && request.equals(mapping.getMetadata().get("refundRequest")))
                .toList()
                .forEach(server::removeStub);
    }

    /** The refund lists the application asked Stripe for. */
    static List<LoggedRequest> refundListings() {
        return ItEnvironment.stripe().findAll(getRequestedFor(urlPathEqualTo(REFUNDS)));
    }

    /**
     * Stripe's search finds a succeeded PaymentIntent {@code intentId} for our payment {@code payment}: a charge Stripe
     * made whose answer never reached our commit.
     */
    static void alreadyCharged(String payment, String intentId) {
        ItEnvironment.stripe()
                .stubFor(get(urlPathEqualTo(SEARCH))
                        .atPriority(FOR_TENANT)
                        .withQueryParam("query", equalTo("metadata['andes_payment']:'" + payment + "'"))
                        .willReturn(json(searchResult("{\"id\":\"" + intentId + "\",\"object\":\"payment_intent\","
                                + "\"status\":\"succeeded\",\"metadata\":{\"andes_payment\":\"" + payment + "\"}}"))));
    }

    /** Every off-session charge of the tenant gets Stripe's 500 (the SDK's retries included): no answer reaches us. */
    static void chargesUnansweredFor(String tenant) {
        ItEnvironment.stripe()
                .stubFor(post(urlEqualTo(PAYMENT_INTENTS))
                        .atPriority(FOR_TENANT)
                        .withRequestBody(containing(tenant))
                        .willReturn(serverError()));
    }

    /** The tenant's off-session charge calls Stripe answered with a PaymentIntent (2xx). */
    static long chargesMade(String tenant) {
        return ItEnvironment.stripe().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals(PAYMENT_INTENTS))
                .filter(event -> event.getRequest().getBodyAsString().contains(tenant))
                .filter(event -> event.getResponse().getStatus() / 100 == 2)
                .count();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_test")
                .withBody(body)
                .withTransformers("response-template");
    }

    /** The tenant's next checkout call fails with Stripe's 500 once; the SDK's retry then gets the session. */
    static void checkoutFailsOnceFor(String tenant) {
        failsOnceFor(CHECKOUT, tenant, session());
    }

    /** The tenant's next refund call fails with Stripe's 500 once; the SDK's retry then gets the refund. */
    static void refundFailsOnceFor(String tenant) {
        failsOnceFor(REFUNDS, tenant, "{\"id\":\"re_retried\",\"object\":\"refund\",\"status\":\"succeeded\"}");
    }

    private static void failsOnceFor(String path, String tenant, String answer) {
        WireMockServer server = ItEnvironment.stripe();
        String scenario = "500-" + path + "-" + tenant;
        server.stubFor(post(urlEqualTo(path))
                .atPriority(FOR_TENANT)
                .withRequestBody(containing(tenant))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError())
                .willSetStateTo("answered"));
        server.stubFor(post(urlEqualTo(path))
                .atPriority(FOR_TENANT)
                .withRequestBody(containing(tenant))
                .inScenario(scenario)
                .whenScenarioStateIs("answered")
                .willReturn(json(answer)));
    }

    /** Every refund call of the tenant fails with Stripe's 500 (the SDK's retries included). */
    static void refundsAlwaysFailFor(String tenant) {
        ItEnvironment.stripe()
                .stubFor(post(urlEqualTo(REFUNDS))
                        .atPriority(FOR_TENANT)
                        .withRequestBody(containing(tenant))
                        .willReturn(serverError()));
    }

    /** The refund calls the application made for the tenant (retries included). */
    static List<LoggedRequest> refundCalls(String tenant) {
        return ItEnvironment.stripe()
                .findAll(postRequestedFor(urlEqualTo(REFUNDS)).withRequestBody(containing(tenant)));
    }

    /** The tenant's refund calls Stripe answered with a refund (2xx): the refunds it made. */
    static long refundsMade(String tenant) {
        return ItEnvironment.stripe().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals(REFUNDS))
                .filter(event -> event.getRequest().getBodyAsString().contains(tenant))
                .filter(event -> event.getResponse().getStatus() / 100 == 2)
                .count();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder serverError() {
        return aResponse()
                .withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"Internal error\"}}");
    }

    /** Every checkout call of the tenant fails with Stripe's 500 (the SDK's retries included). */
    static void checkoutAlwaysFailsFor(String tenant) {
        ItEnvironment.stripe()
                .stubFor(post(urlEqualTo(CHECKOUT))
                        .atPriority(FOR_TENANT)
                        .withRequestBody(containing(tenant))
                        .willReturn(serverError()));
    }

    /** Every automatic charge of the tenant's saved card is declined (HTTP 402, card_error). */
    static void chargesDeclinedFor(String tenant) {
        ItEnvironment.stripe()
                .stubFor(post(urlEqualTo(PAYMENT_INTENTS))
                        .atPriority(FOR_TENANT)
                        .withRequestBody(containing(tenant))
                        .willReturn(aResponse()
                                .withStatus(402)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
                                        + "\"decline_code\":\"insufficient_funds\","
                                        + "\"message\":\"Your card has insufficient funds.\"}}")));
    }

    /** The automatic (off-session) charges the application made for the tenant. */
    static List<LoggedRequest> chargeCalls(String tenant) {
        return ItEnvironment.stripe()
                .findAll(postRequestedFor(urlEqualTo(PAYMENT_INTENTS)).withRequestBody(containing(tenant)));
    }

    /** Back to Stripe's normal answers for the tenant. */
    static void normalFor(String tenant) {
        WireMockServer server = ItEnvironment.stripe();
        server.getStubMappings().stream()
                .filter(mapping -> mapping.getPriority() != null && mapping.getPriority() == FOR_TENANT)
                .filter(mapping ->
                        String.valueOf(mapping.getRequest().getBodyPatterns()).contains(tenant))
                .toList()
                .forEach(server::removeStub);
    }

    /** The checkout calls the application made for the tenant (retries included). */
    static List<LoggedRequest> checkoutCalls(String tenant) {
        return ItEnvironment.stripe()
                .findAll(postRequestedFor(urlEqualTo(CHECKOUT)).withRequestBody(containing(tenant)));
    }

    /** A Stripe event as Stripe sends it, written for an older API version than the SDK's. */
    static String event(String id, String type, String object) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2020-08-27\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"livemode\":false,\"type\":\"" + type
                + "\",\"data\":{\"object\":" + object + "}}";
    }

    /** The {@code Stripe-Signature} header of {@code payload} signed at {@code at}. */
    static String signature(String payload, Instant at, String secret) {
        try {
            long timestamp = at.getEpochSecond();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
