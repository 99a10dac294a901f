package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The ticket calls the visits and webhooks tests share: open a ticket, answer it as staff, read the outbox. */
final class TicketCalls {

    static final String REASON = "X-Access-Reason";
    static final String WHY = "prueba%20de%20integraci%C3%B3n";

    private final Api api;
    final String agent = TestTenants.staffToken(Roles.SUPPORT_AGENT);
    final String platformAdmin = TestTenants.staffToken(Roles.PLATFORM_ADMIN);

    TicketCalls(Api api) {
        this.api = api;
    }

    /** A leaf category of {@code service} that asks for field {@code key}, as the tenant's catalog offers it. */
    JsonObject leafWithField(String token, String service, String key) {
        Api.Reply reply = api.get("/api/v1/ticket-catalog", token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getBoolean("leaf") && service.equals(c.getString("serviceCode")))
                .filter(c -> c.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                        .anyMatch(f -> f.getString("key").equals(key)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No leaf of " + service + " with field " + key));
    }

    /** A tenant user whose sign-in name is an e-mail address, so ticket notices reach GreenMail. */
    static Requester requester(String tenant) {
        String email =
                "ana-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36) + "@" + tenant + ".cl";
        return new Requester(
                email, ItEnvironment.tokens().token(email, tenant, List.of(Roles.TENANT_USER), Duration.ofHours(1)));
    }

    record Requester(String email, String token) {}

    /** Opens a ticket on a leaf of the ERP catalog; answers its number. */
    String open(String token, String subject, String phone) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("serviceCode", "erp")
                .add("categoryId", 102)
                .add("subject", subject)
                .add("description", "Detalle: " + subject);
        if (phone != null) {
            body.add("contactPhone", phone);
        }
        Api.Reply reply = api.post("/api/v1/tickets", token, body.build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("number");
    }

    Api.Reply answer(String tenant, String number, String body) {
        return api.post(
                "/api/v1/support/tickets/" + tenant + "/" + number + "/answers",
                agent,
                Json.createObjectBuilder()
                        .add("body", body)
                        .add("internal", false)
                        .add("waitForCustomer", false)
                        .build()
                        .toString());
    }

    List<JsonObject> notifications(String tenant) {
        Api.Reply reply = api.get("/api/v1/tenants/" + tenant + "/notifications?size=100", platformAdmin, REASON, WHY);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static List<String> fields(Api.Reply reply) {
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }
}
