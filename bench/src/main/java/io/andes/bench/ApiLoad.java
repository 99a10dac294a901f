package io.andes.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * A closed-loop load on the real API: each request goes out as a random seeded tenant's user, and only the call's
 * expected status counts as a success.
 */
public final class ApiLoad {

    public static final String SIDE = "app";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** One kind of request, built afresh for each call from a tenant user's token. */
    public record Call(String side, Function<String, HttpRequest> request, int expectedStatus) {}

    private final HttpClient http;
    private final List<String> tenantTokens;

    public ApiLoad(HttpClient http, List<String> tenantTokens) {
        this.http = http;
        this.tenantTokens = List.copyOf(tenantTokens);
    }

    /** Consumes one DTE_DOCUMENTS unit with a fresh idempotency key. */
    public static Call consumption(String baseUrl) {
        URI consumptions = URI.create(baseUrl + "/api/v1/entitlements/DTE_DOCUMENTS/consumptions");
        return new Call(
                SIDE,
                token -> authorized(consumptions, token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"quantity\":1}"))
                        .build(),
                201);
    }

    /** A request to {@code uri} with the token and the benchmark's timeout; the caller adds method and body. */
    public static HttpRequest.Builder authorized(URI uri, String token) {
        return HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
    }

    public LoadResult run(Call call, int clients, Duration warmup, Duration window) throws Exception {
        return ClosedLoop.run(call.side(), clients, index -> () -> send(call), warmup, window);
    }

    private String send(Call call) throws Exception {
        String token = tenantTokens.get(ThreadLocalRandom.current().nextInt(tenantTokens.size()));
        HttpResponse<String> response = http.send(call.request().apply(token), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == call.expectedStatus()
                ? null
                : "HTTP " + response.statusCode() + ": " + response.body();
    }
}
