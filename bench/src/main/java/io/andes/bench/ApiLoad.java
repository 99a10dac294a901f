package io.andes.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Consumes one DTE_DOCUMENTS unit per request through the real API, as a random seeded tenant's user, with a fresh
 * idempotency key each time; only a 201 counts as a success.
 */
public final class ApiLoad {

    public static final String SIDE = "app";
    private static final String BODY = "{\"quantity\":1}";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI consumptions;
    private final List<String> tenantTokens;

    public ApiLoad(HttpClient http, String baseUrl, List<String> tenantTokens) {
        this.http = http;
        this.consumptions = URI.create(baseUrl + "/api/v1/entitlements/DTE_DOCUMENTS/consumptions");
        this.tenantTokens = List.copyOf(tenantTokens);
    }

    public LoadResult run(int clients, Duration warmup, Duration window) throws Exception {
        return ClosedLoop.run(SIDE, clients, index -> this::consume, warmup, window);
    }

    private String consume() throws Exception {
        String token = tenantTokens.get(ThreadLocalRandom.current().nextInt(tenantTokens.size()));
        HttpRequest request = HttpRequest.newBuilder(consumptions)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(BODY))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 201 ? null : "HTTP " + response.statusCode() + ": " + response.body();
    }
}
