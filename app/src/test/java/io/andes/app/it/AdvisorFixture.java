package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the advisor-channel tests share: a tenant whose people sign in with e-mail addresses (so mails reach them), an
 * advisor with a profile assigned to it, and the channel's routes.
 */
final class AdvisorFixture {

    static final String REQUESTS = "/api/v1/commercial-requests";
    static final String INBOX = "/api/v1/advisor/requests";
    static final String ASSIGNMENTS = "/api/v1/advisor/assignments";
    static final String PROFILES = "/api/v1/advisor/profiles";

    private final Api api;

    AdvisorFixture(Api api) {
        this.api = api;
    }

    /** A tenant, the e-mail addresses and tokens of its admin and of a plain user. */
    record Customer(String code, String adminEmail, String admin, String userEmail, String user) {}

    /** An advisor: sign-in name (also the profile's e-mail) and token. */
    record Advisor(String username, String token) {}

    Customer customer(String prefix) {
        String code = TestTenants.create(api, prefix, "profesional").code();
        String adminEmail = "jefa@" + code + ".test";
        String userEmail = "vendedor@" + code + ".test";
        var tokens = ItEnvironment.tokens();
        return new Customer(
                code,
                adminEmail,
                tokens.token(adminEmail, code, List.of(Roles.TENANT_ADMIN), Duration.ofHours(1)),
                userEmail,
                tokens.token(userEmail, code, List.of(Roles.TENANT_USER), Duration.ofHours(1)));
    }

    /** A new advisor with a profile (name, e-mail, phone, hours), kept by a platform admin. */
    Advisor advisor(String name) {
        String username =
                "asesor-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36) + "@andes.test";
        String body = Json.createObjectBuilder()
                .add("name", name)
                .add("email", username)
                .add("phone", "+56 2 2345 6789")
                .add("hours", "Lunes a viernes, 9:00 a 18:00")
                .build()
                .toString();
        Api.Reply saved = api.put(PROFILES + "/" + username, admin(), body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return new Advisor(
                username, ItEnvironment.tokens().token(username, null, List.of(Roles.ADVISOR), Duration.ofHours(1)));
    }

    Api.Reply assign(String tenant, Advisor advisor) {
        return api.put(ASSIGNMENTS + "/" + tenant, admin(), "{\"advisor\":\"" + advisor.username() + "\"}");
    }

    static String admin() {
        return TestTenants.staffToken(Roles.PLATFORM_ADMIN);
    }

    Api.Reply send(String token, String type, String message, boolean confirm) {
        String body = Json.createObjectBuilder()
                .add("type", type)
                .add("message", message)
                .add("preferredContactTime", "Mañanas, 9:00 a 12:00")
                .add("confirmCommercial", confirm)
                .build()
                .toString();
        return api.post(REQUESTS, token, body);
    }

    /** Sends a commercial request that must be accepted; answers its number. */
    String sent(String token, String type, String message) {
        Api.Reply sent = send(token, type, message, false);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent.json().getString("number");
    }

    Api.Reply reply(String token, String number, String body) {
        return api.post(REQUESTS + "/" + number + "/replies", token, "{\"body\":" + Json.createValue(body) + "}");
    }

    Api.Reply answer(String token, String tenant, String number, String body) {
        return api.post(
                INBOX + "/" + tenant + "/" + number + "/replies", token, "{\"body\":" + Json.createValue(body) + "}");
    }

    Api.Reply schedule(String token, String tenant, String number, String kind, String at, String link) {
        String body = Json.createObjectBuilder()
                .add("kind", kind)
                .add("at", at)
                .add("link", link)
                .build()
                .toString();
        return api.post(INBOX + "/" + tenant + "/" + number + "/session", token, body);
    }

    /** A quote of {@code product, quantity} pairs. */
    Api.Reply quote(String token, String tenant, String number, Object... productsAndQuantities) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 0; i < productsAndQuantities.length; i += 2) {
            lines.add(Json.createObjectBuilder()
                    .add("product", (String) productsAndQuantities[i])
                    .add("quantity", (Integer) productsAndQuantities[i + 1])
                    .add("note", "línea " + (i / 2 + 1)));
        }
        String body = Json.createObjectBuilder()
                .add("lines", lines)
                .add("note", "Precios de lista, vigentes 30 días")
                .build()
                .toString();
        return api.post(INBOX + "/" + tenant + "/" + number + "/quotes", token, body);
    }

    Api.Reply accept(String token, String number, String quoteId) {
        return api.post(REQUESTS + "/" + number + "/quotes/" + quoteId + "/acceptance", token, "");
    }

    Api.Reply close(String token, String tenant, String number) {
        return api.post(INBOX + "/" + tenant + "/" + number + "/closure", token, "");
    }

    Api.Reply allowUsers(String adminToken, boolean allowed) {
        return api.put("/api/v1/commercial-settings", adminToken, "{\"usersMaySend\":" + allowed + "}");
    }

    static JsonObject lastQuote(JsonObject request) {
        var quotes = request.getJsonArray("quotes");
        return quotes.getJsonObject(quotes.size() - 1);
    }
}
