package io.andes.bench;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * A closed-loop load on the real API: each client thread keeps its own HTTP connection ({@link KeepAliveHttp}), as the
 * raw JDBC side keeps its database connection; each request goes out as a random seeded tenant's user, and only the
 * call's expected status counts as a success.
 */
public final class ApiLoad {

    public static final String SIDE = "app";

    /** One kind of request, built afresh for each call from a tenant user's token. */
    public record Call(String side, Function<String, KeepAliveHttp.Request> request, int expectedStatus) {

        /** Sends one request as the user of {@code token}; null when it got the expected status, else what came. */
        String send(KeepAliveHttp http, String token) throws Exception {
            KeepAliveHttp.Response response = http.send(request.apply(token));
            return response.status() == expectedStatus ? null : "HTTP " + response.status() + ": " + response.body();
        }
    }

    private final URI base;
    private final List<String> tenantTokens;

    public ApiLoad(String baseUrl, List<String> tenantTokens) {
        this.base = URI.create(baseUrl);
        this.tenantTokens = List.copyOf(tenantTokens);
    }

    private static final String CONSUMPTIONS = "/api/v1/entitlements/DTE_DOCUMENTS/consumptions";

    /** Consumes one DTE_DOCUMENTS unit with a fresh idempotency key. */
    public static Call consumption(String baseUrl) {
        URI consumptions = URI.create(baseUrl + CONSUMPTIONS);
        return new Call(
                SIDE,
                token -> post(
                        consumptions,
                        token,
                        "{\"quantity\":1}",
                        "Idempotency-Key",
                        UUID.randomUUID().toString()),
                201);
    }

    /** The side of the API floor: the same call without a token, refused at once. */
    public static final String FLOOR_SIDE = "API floor (401)";

    /**
     * The consumption without its token: the HTTP server, the servlet container's security, JAX-RS routing and the
     * 401 problem answer, but no token check, no body, no transaction. Every API call does at least this, so no API
     * call can be faster: it bounds what any of them can reach.
     */
    public static Call floor(String baseUrl) {
        URI consumptions = URI.create(baseUrl + CONSUMPTIONS);
        return new Call(
                FLOOR_SIDE,
                token -> {
                    Map<String, String> headers = new LinkedHashMap<>();
                    headers.put("Accept", "application/json");
                    headers.put("Content-Type", "application/json");
                    return KeepAliveHttp.Request.post(consumptions, headers, "{\"quantity\":1}");
                },
                401);
    }

    /** A GET of {@code uri} as the user of {@code token}, asking for JSON. */
    static KeepAliveHttp.Request get(URI uri, String token) {
        return KeepAliveHttp.Request.get(uri, authorized(token));
    }

    /** A POST of a JSON body as the user of {@code token}, with extra headers given as name, value, … */
    static KeepAliveHttp.Request post(URI uri, String token, String json, String... extraHeaders) {
        Map<String, String> headers = authorized(token);
        headers.put("Content-Type", "application/json");
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            headers.put(extraHeaders[i], extraHeaders[i + 1]);
        }
        return KeepAliveHttp.Request.post(uri, headers, json);
    }

    private static Map<String, String> authorized(String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("Authorization", "Bearer " + token);
        return headers;
    }

    public LoadResult run(Call call, int clients, Duration warmup, Duration window) throws Exception {
        return ClosedLoop.run(call.side(), clients, index -> new Client(call), warmup, window);
    }

    /** One load thread's connection. */
    private final class Client implements ClosedLoop.Client {
        private final Call call;
        private final KeepAliveHttp http = new KeepAliveHttp(base);

        Client(Call call) {
            this.call = call;
        }

        @Override
        public String call() throws Exception {
            return call.send(http, tenantTokens.get(ThreadLocalRandom.current().nextInt(tenantTokens.size())));
        }

        @Override
        public void close() {
            http.close();
        }
    }
}
