package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.app.it.WebhookReceiver.Received;
import io.andes.core.domain.webhook.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbound webhooks with a real receiver on 127.0.0.1 (the run sets {@code andes.webhooks.allow-loopback=true}):
 * events arrive signed with the endpoint's secret, a failed delivery is retried with the same delivery id until the
 * receiver takes it, one tenant's events never reach another's endpoint, and only a tenant's own admins manage its
 * endpoints. Also SMS notices, when a tenant turns them on, through the outbox (log provider).
 */
class WebhooksIT extends AndesIT {

    private static final String WEBHOOKS = "/api/v1/webhooks";

    private WebhookReceiver receiver;
    private TicketCalls calls;

    @BeforeEach
    void start() {
        receiver = WebhookReceiver.start();
        calls = new TicketCalls(api);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void ticketCreatedArrivesSignedWithTheSecretShownOnce() {
        TestTenant a = TestTenants.create(api, "hook-a", "profesional");
        JsonObject created = register(a, "/a", "[\"ticket.created\"]");
        String secret = created.getString("secret");
        assertThat(secret).startsWith("whsec_");
        Api.Reply list = api.get(WEBHOOKS, a.adminToken());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(secret).doesNotContain("secret").contains(receiver.url("/a"));

        String number = calls.open(a.userToken(), "Error al emitir factura", null);

        Received event = awaitAt("/a", 1).get(0);
        assertThat(event.event()).isEqualTo("ticket.created");
        assertThat(event.delivery()).isNotBlank();
        assertThat(WebhookSignature.verify(
                        event.signature(), secret, event.body(), Instant.now(), Duration.ofMinutes(5)))
                .isTrue();
        assertThat(WebhookSignature.verify(
                        event.signature(), "whsec_otro", event.body(), Instant.now(), Duration.ofMinutes(5)))
                .isFalse();
        JsonObject body = Json.createReader(new StringReader(event.body())).readObject();
        assertThat(body.getString("type")).isEqualTo("ticket.created");
        assertThat(body.getString("tenant")).isEqualTo(a.code());
        assertThat(body.getString("id")).isNotBlank();
        assertThat(Instant.parse(body.getString("occurredAt"))).isBefore(Instant.now());
        assertThat(body.getJsonObject("data").getString("number")).isEqualTo(number);
        assertThat(body.getJsonObject("data").getString("subject")).isEqualTo("Error al emitir factura");

        Api.Reply ping = api.post(
                WEBHOOKS + "/" + created.getJsonObject("endpoint").getString("id") + "/test", a.adminToken(), "");
        assertThat(ping.status()).as(ping.toString()).isEqualTo(202);
        assertThat(awaitAt("/a", 2).get(1).event()).isEqualTo("webhook.ping");
    }

    @Test
    void aFailedDeliveryIsRetriedOnceMoreWithTheSameDeliveryId() {
        TestTenant a = TestTenants.create(api, "hook-retry", "profesional");
        register(a, "/retry", "[\"ticket.created\"]");
        receiver.plan("/retry", 500);

        calls.open(a.userToken(), "Reintento", null);

        List<JsonObject> sent = Eventually.await(
                () -> webhookMessages(a.code()),
                list -> list.size() == 1 && list.get(0).getString("status").equals("SENT"),
                "the webhook delivered");
        assertThat(sent.get(0).getInt("attempts")).isEqualTo(2);
        assertThat(sent.get(0).getString("lastError")).contains("HTTP 500");
        assertThat(sent.get(0).getString("subject")).isEqualTo("ticket.created");
        List<Received> arrived = receiver.at("/retry");
        assertThat(arrived).hasSize(2);
        assertThat(arrived.get(1).delivery())
                .isEqualTo(arrived.get(0).delivery())
                .isEqualTo(sent.get(0).getString("id"));
        assertThat(arrived.get(1).body()).isEqualTo(arrived.get(0).body());
    }

    @Test
    void ticketEventsCarryTheCategoryFields() {
        TestTenant a = TestTenants.create(api, "hook-f", "profesional");
        register(a, "/fields", null);
        JsonObject leak = calls.leafWithField(a.userToken(), "postventa", "detectada_el");
        Api.Reply opened = api.post(
                "/api/v1/tickets",
                a.userToken(),
                Json.createObjectBuilder()
                        .add("serviceCode", "postventa")
                        .add("categoryId", leak.get("id"))
                        .add("subject", "Filtración en la cocina")
                        .add("description", "Gotea bajo el lavaplatos.")
                        .add(
                                "fields",
                                Json.createObjectBuilder()
                                        .add("recinto", "Torre B")
                                        .add("piso", "7")
                                        .add("detectada_el", "2026-11-28"))
                        .build()
                        .toString());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String number = opened.json().getString("number");
        assertThat(calls.answer(a.code(), number, "Enviaremos un técnico").status())
                .isEqualTo(201);

        for (Received event : awaitAt("/fields", 2)) {
            JsonObject data = Json.createReader(new StringReader(event.body()))
                    .readObject()
                    .getJsonObject("data");
            assertThat(data.getString("number")).as(event.event()).isEqualTo(number);
            assertThat(data.getJsonArray("fields").getValuesAs(JsonObject.class))
                    .as(event.event())
                    .extracting(f -> f.getString("key"), f -> f.getString("label"), f -> f.getString("value"))
                    .containsExactly(
                            tuple("recinto", "Recinto", "Torre B"),
                            tuple("piso", "Piso", "7"),
                            tuple("detectada_el", "Detectada el", "2026-11-28"));
        }
    }

    @Test
    void oneTenantsEventsNeverReachAnotherTenantsEndpoint() {
        TestTenant a = TestTenants.create(api, "hook-a", "profesional");
        TestTenant b = TestTenants.create(api, "hook-b", "profesional");
        register(a, "/of-a", null);
        String ofB = register(b, "/of-b", null).getJsonObject("endpoint").getString("id");

        String number = calls.open(a.userToken(), "Solo de A", null);
        assertThat(calls.answer(a.code(), number, "Estamos revisando").status()).isEqualTo(201);

        List<Received> atA = awaitAt("/of-a", 2);
        assertThat(atA).extracting(Received::event).containsExactlyInAnyOrder("ticket.created", "ticket.updated");
        Eventually.await(
                () -> webhookMessages(a.code()),
                list -> list.size() == 2
                        && list.stream().allMatch(m -> m.getString("status").equals("SENT")),
                "A's webhooks delivered");
        assertThat(receiver.at("/of-b")).isEmpty();
        assertThat(webhookMessages(b.code())).isEmpty();

        assertThat(api.delete(WEBHOOKS + "/" + ofB, a.adminToken()).status()).isEqualTo(404);
        assertThat(api.post(WEBHOOKS + "/" + ofB + "/test", a.adminToken(), "").status())
                .isEqualTo(404);
        assertThat(api.get(WEBHOOKS, b.adminToken()).body()).contains(ofB);
        assertThat(api.delete(WEBHOOKS + "/" + ofB, b.adminToken()).status()).isEqualTo(204);
        assertThat(api.get(WEBHOOKS, b.adminToken()).jsonArray()).isEmpty();
    }

    @Test
    void onlyTheTenantsAdminsManageEndpointsAndBadUrlsAreRefused() {
        TestTenant a = TestTenants.create(api, "hook-rules", "profesional");
        String valid = "{\"url\":\"https://hooks.example.com/andes\"}";
        assertThat(api.post(WEBHOOKS, a.userToken(), valid).status()).isEqualTo(403);
        assertThat(api.get(WEBHOOKS, a.userToken()).status()).isEqualTo(403);
        assertThat(api.post(WEBHOOKS, calls.platformAdmin, valid).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/settings/notifications", a.userToken(), "{\"sms\":true}")
                        .status())
                .isEqualTo(403);

        for (String url : List.of(
                "http://hooks.example.com/andes",
                "ftp://hooks.example.com/andes",
                "https://user:clave@hooks.example.com/",
                "javascript:alert(1)",
                "no es una url")) {
            Api.Reply refused = api.post(
                    WEBHOOKS,
                    a.adminToken(),
                    Json.createObjectBuilder().add("url", url).build().toString());
            assertThat(refused.status()).as(url + " → " + refused).isEqualTo(400);
            assertThat(TicketCalls.fields(refused)).as(url).containsExactly("url");
        }
        Api.Reply unknownEvent = api.post(
                WEBHOOKS, a.adminToken(), "{\"url\":\"https://hooks.example.com/a\",\"events\":[\"ticket.deleted\"]}");
        assertThat(TicketCalls.fields(unknownEvent)).containsExactly("events");
        assertThat(api.get(WEBHOOKS, a.adminToken()).jsonArray()).isEmpty();

        Api.Reply created = api.post(WEBHOOKS, a.adminToken(), valid);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json()
                        .getJsonObject("endpoint")
                        .getJsonArray("events")
                        .toString())
                .contains("ticket.created")
                .contains("ticket.updated");
    }

    @Test
    void smsNoticesGoOutOnlyWhenTheTenantTurnedThemOn() {
        TestTenant on = TestTenants.create(api, "sms-on", "profesional");
        TestTenant off = TestTenants.create(api, "sms-off", "profesional");
        assertThat(api.get("/api/v1/settings/notifications", on.adminToken())
                        .json()
                        .getBoolean("sms"))
                .isFalse();
        Api.Reply enabled = api.put("/api/v1/settings/notifications", on.adminToken(), "{\"sms\":true}");
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/settings/notifications", on.adminToken())
                        .json()
                        .getBoolean("sms"))
                .isTrue();
        assertThat(api.put("/api/v1/settings/notifications", on.adminToken(), "{}")
                        .status())
                .isEqualTo(400);

        String withPhone = calls.open(on.userToken(), "Con teléfono", "+56912345678");
        String offTicket = calls.open(off.userToken(), "Sin SMS", "+56987654321");
        assertThat(calls.answer(on.code(), withPhone, "Ya lo revisamos").status())
                .isEqualTo(201);
        assertThat(calls.answer(off.code(), offTicket, "Ya lo revisamos").status())
                .isEqualTo(201);

        JsonObject sms = Eventually.await(
                        () -> channel(calls.notifications(on.code()), "SMS"),
                        list -> list.size() == 1
                                && list.get(0).getString("status").equals("SENT"),
                        "the SMS sent")
                .get(0);
        assertThat(sms.getString("recipient")).isEqualTo("+56912345678");
        assertThat(channel(calls.notifications(off.code()), "SMS")).isEmpty();
    }

    private JsonObject register(TestTenant tenant, String path, String events) {
        String body = "{\"url\":\"" + receiver.url(path) + "\"" + (events == null ? "" : ",\"events\":" + events) + "}";
        Api.Reply reply = api.post(WEBHOOKS, tenant.adminToken(), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private List<Received> awaitAt(String path, int count) {
        return Eventually.await(() -> receiver.at(path), list -> list.size() >= count, count + " requests at " + path);
    }

    private List<JsonObject> webhookMessages(String tenant) {
        return channel(calls.notifications(tenant), "WEBHOOK");
    }

    private static List<JsonObject> channel(List<JsonObject> notifications, String channel) {
        return notifications.stream()
                .filter(n -> n.getString("channel").equals(channel))
                .toList();
    }
}
