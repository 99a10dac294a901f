package io.andes.billing.payment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.StripeClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.billing.payment.domain.SavedCard;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Stripe gateway against a local HTTP stand-in for Stripe's API: an off-session charge Stripe already made for the
 * same payment (our commit was lost) is found by search and adopted instead of charging again.
 */
class StripeGatewayTest {

    private static final String PAYMENT = "0b7c1f1e-3f0e-3d4a-9c55-0a1b2c3d4e5f";
    private static final String FOUND =
            "{\"object\":\"search_result\",\"has_more\":false,\"data\":[{\"id\":\"pi_first\","
                    + "\"object\":\"payment_intent\",\"status\":\"succeeded\",\"metadata\":{\"andes_payment\":\""
                    + PAYMENT
                    + "\"}}]}";
    private static final String NONE = "{\"object\":\"search_result\",\"has_more\":false,\"data\":[]}";

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private Function<String, Answer> answers;

    record Answer(int status, String body) {}

    @BeforeEach
    void stripe() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestMethod() + " "
                + URLDecoder.decode(exchange.getRequestURI().toString(), StandardCharsets.UTF_8);
        calls.add(call);
        Answer answer = answers.apply(call);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private StripeGateway gateway() {
        return new StripeGateway(StripeClient.builder()
                .setApiKey("sk_test_unit")
                .setApiBase("http://127.0.0.1:" + server.getAddress().getPort())
                .setMaxNetworkRetries(0)
                .build());
    }

    private static PaymentGateway.Charge charge() {
        return new PaymentGateway.Charge(
                "cus_1",
                15990,
                "CLP",
                "Factura F-2026-000007",
                Map.of("tenant", "sur", "payment", PAYMENT, PaymentGateway.PAYMENT_METADATA, PAYMENT),
                "andes-auto-inv-1-1");
    }

    @Test
    void aChargeStripeAlreadyMadeForThePaymentIsAdoptedAndNothingIsChargedAgain() {
        answers = call ->
                call.startsWith("GET /v1/payment_intents/search") ? new Answer(200, FOUND) : new Answer(500, "{}");

        PaymentGateway.OffSessionResult result = gateway().chargeSavedCard(charge(), "pm_1");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.paymentId()).isEqualTo("pi_first");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).contains("query=metadata['andes_payment']:'" + PAYMENT + "'");
    }

    @Test
    void anIdempotencyErrorLooksTheChargeUpAgainAndAdoptsIt() {
        List<String> searches = new CopyOnWriteArrayList<>();
        answers = call -> {
            if (call.startsWith("GET /v1/payment_intents/search")) {
                searches.add(call);
                return new Answer(200, searches.size() == 1 ? NONE : FOUND);
            }
            return new Answer(
                    400,
                    "{\"error\":{\"type\":\"idempotency_error\",\"message\":\"Keys for idempotent requests can only"
                            + " be used with the same parameters they were first used with.\"}}");
        };

        PaymentGateway.OffSessionResult result = gateway().chargeSavedCard(charge(), "pm_1");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.paymentId()).isEqualTo("pi_first");
        assertThat(calls)
                .filteredOn(call -> call.startsWith("POST /v1/payment_intents"))
                .hasSize(1);
        assertThat(searches).hasSize(2);
    }

    @Test
    void withoutAnEarlierChargeTheCardIsChargedOnce() {
        answers = call -> call.startsWith("GET /v1/payment_intents/search")
                ? new Answer(200, NONE)
                : new Answer(200, "{\"id\":\"pi_new\",\"object\":\"payment_intent\",\"status\":\"succeeded\"}");

        PaymentGateway.OffSessionResult result = gateway().chargeSavedCard(charge(), "pm_1");

        assertThat(result.paymentId()).isEqualTo("pi_new");
        assertThat(calls)
                .filteredOn(call -> call.startsWith("POST /v1/payment_intents"))
                .hasSize(1);
    }

    @Test
    void theSavedCardsBrandLastFourAndExpiryComeFromItsPaymentMethod() {
        answers = call -> call.equals("GET /v1/payment_methods/pm_1")
                ? new Answer(
                        200,
                        "{\"id\":\"pm_1\",\"object\":\"payment_method\",\"type\":\"card\",\"card\":{\"brand\":\"visa\","
                                + "\"last4\":\"4242\",\"exp_month\":12,\"exp_year\":2030}}")
                : new Answer(404, "{\"error\":{\"type\":\"invalid_request_error\"}}");

        assertThat(gateway().savedCard("pm_1")).contains(new SavedCard("visa", "4242", 12, 2030));
    }
}
