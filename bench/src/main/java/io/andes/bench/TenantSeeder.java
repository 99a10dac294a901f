package io.andes.bench;

import io.andes.app.dev.SyntheticTaxIds;
import io.andes.core.domain.tenant.Country;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Creates the benchmark's tenants through the real API as a platform admin: {@code bench-0001} and up, Chilean, on the
 * {@code empresa} plan (10,000 DTE_DOCUMENTS a month each), with valid RUTs from 60000001 up.
 */
public final class TenantSeeder {

    public static final String PLAN = "empresa";
    private static final int RUT_BASE = 60_000_000;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI tenants;
    private final String adminToken;

    public TenantSeeder(HttpClient http, String baseUrl, String adminToken) {
        this.http = http;
        this.tenants = URI.create(baseUrl + "/api/v1/tenants");
        this.adminToken = adminToken;
    }

    /** The code of the {@code i}-th benchmark tenant, from 1. */
    public static String code(int i) {
        return "bench-%04d".formatted(i);
    }

    /** Creates tenants 1 to {@code count} with {@code parallelism} concurrent requests; returns their codes. */
    public List<String> seed(int count, int parallelism) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                int n = i;
                answers.add(pool.submit(() -> create(n)));
            }
            List<String> codes = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String failure = answers.get(i).get();
                if (failure == null) {
                    codes.add(code(i + 1));
                } else {
                    failures.add(failure);
                }
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException(
                        failures.size() + " of " + count + " tenants were not created; the first: " + failures.get(0));
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    private String create(int i) throws Exception {
        String body =
                "{\"code\":\"%s\",\"legalName\":\"Bench %04d SpA\",\"country\":\"CL\",\"taxId\":\"%s\",\"plan\":\"%s\"}"
                        .formatted(code(i), i, SyntheticTaxIds.withCheckDigit(Country.CL, RUT_BASE + i), PLAN);
        HttpRequest request = HttpRequest.newBuilder(tenants)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 201
                ? null
                : code(i) + ": HTTP " + response.statusCode() + ": " + response.body();
    }
}
