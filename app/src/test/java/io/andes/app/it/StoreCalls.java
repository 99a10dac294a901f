package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;

/** The store API as a tenant-admin uses it: quote a basket, activate it against the quote, read the results. */
final class StoreCalls {

    static final String TWO_USERS_AND_A_DTE_PACK =
            "[{\"product\":\"extra-user\",\"quantity\":2},{\"product\":\"dte-pack\",\"quantity\":1}]";

    private final Api api;

    StoreCalls(Api api) {
        this.api = api;
    }

    Api.Reply quote(String token, String lines) {
        return api.post("/api/v1/store/quotes", token, "{\"lines\":" + lines + "}");
    }

    JsonObject quoted(String token, String lines) {
        Api.Reply reply = quote(token, lines);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    Api.Reply order(String token, String key, String lines, String fingerprint) {
        return api.post(
                "/api/v1/store/orders",
                token,
                "{\"lines\":%s,\"quoteFingerprint\":\"%s\"}".formatted(lines, fingerprint),
                "Idempotency-Key",
                key);
    }

    /** Quotes the basket and activates it at once; the created order. */
    JsonObject activated(String token, String key, String lines) {
        Api.Reply reply = order(token, key, lines, quoted(token, lines).getString("fingerprint"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    int limit(String token, String type) {
        return api.get("/api/v1/entitlements/" + type, token).json().getInt("limit");
    }

    JsonObject page(String path, String token) {
        Api.Reply reply = api.get(path, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** Everything a refused purchase must leave as it was: quotas, ledger, orders, pending charges, subscription. */
    String storeState(String token) {
        return api.get("/api/v1/entitlements", token).body()
                + " / " + api.get("/api/v1/store/orders", token).body()
                + " / " + api.get("/api/v1/store/pending-charges", token).body()
                + " / " + api.get("/api/v1/store/subscription", token).body();
    }

    static BigDecimal amount(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue();
    }
}
