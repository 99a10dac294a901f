package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Queues and their agents through REST: new tickets go round the queue's agents, agents hand tickets over, duplicates
 * merge within one tenant only, canned responses are kept, and routing rules send a category's new tickets to another
 * queue. Set-up changed for a test is put back at its end, since every test class shares the database.
 */
class DeskSetupIT extends AndesIT {

    private static final String AGENTS = "/api/v1/support/queues/tecnica/agents/";
    private static final String CANNED = "/api/v1/support/canned-responses";

    DeskFixture desk;
    TestTenant tenant;
    String admin;

    @BeforeEach
    void tenant() {
        desk = new DeskFixture(api);
        tenant = TestTenants.create(api, "setup", "basico");
        admin = TestTenants.staffToken(Roles.PLATFORM_ADMIN);
    }

    @Test
    void newTicketsGoRoundTheQueuesAgentsAndAgentsHandThemOver() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String first = "a-" + suffix + "@andes.test";
        String second = "b-" + suffix + "@andes.test";
        assertThat(api.put(AGENTS + first, DeskFixture.agent(), "").status()).isEqualTo(403);
        try {
            assertThat(api.put(AGENTS + first, admin, "").status()).isEqualTo(200);
            assertThat(api.put(AGENTS + second, admin, "").jsonArray().toString())
                    .contains(first, second);

            List<String> assignees = List.of("Uno", "Dos", "Tres", "Cuatro").stream()
                    .map(subject -> desk.open(tenant.userToken(), subject))
                    .map(number -> desk.staffView(tenant.code(), number).getString("assignee"))
                    .toList();

            assertThat(assignees).containsExactly(first, second, first, second);
            Api.Reply handed = assign("T-000001", second);
            assertThat(handed.status()).as(handed.toString()).isEqualTo(200);
            assertThat(handed.json().getString("assignee")).isEqualTo(second);
            assertThat(assign("T-000001", "nadie@andes.test").status()).isEqualTo(400);
            assertThat(assign("T-000001", " ").status()).isEqualTo(400);
        } finally {
            api.delete(AGENTS + first, admin);
            api.delete(AGENTS + second, admin);
        }
    }

    @Test
    void aDuplicateMergesIntoAnotherOpenTicketOfTheSameTenantOnly() {
        String duplicate = desk.open(tenant.userToken(), "No emite facturas");
        String kept = desk.open(tenant.userToken(), "No emite facturas (otra vez)");
        TestTenant other = TestTenants.create(api, "setup", "basico");
        String othersOnly = desk.open(other.userToken(), "Del otro cliente");

        assertThat(merge(tenant.code(), duplicate, duplicate).status()).isEqualTo(409);
        assertThat(merge(tenant.code(), duplicate, "T-000099").status()).isEqualTo(409);
        assertThat(merge(tenant.code(), duplicate, "factura").status()).isEqualTo(400);
        // the other tenant's code: this tenant's second ticket is not found there, and its first is not this one's
        assertThat(merge(other.code(), kept, othersOnly).status()).isEqualTo(404);
        assertThat(merge(other.code(), othersOnly, kept).status()).isEqualTo(409);

        Api.Reply merged = merge(tenant.code(), duplicate, kept);

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().getString("status")).isEqualTo("CERRADO");
        assertThat(systemMessages(desk.staffView(tenant.code(), duplicate))).anyMatch(m -> m.contains(kept));
        assertThat(systemMessages(desk.staffView(tenant.code(), kept))).anyMatch(m -> m.contains(duplicate));
        assertThat(merge(tenant.code(), duplicate, kept).status()).isEqualTo(409);
        JsonObject seenByTenant = api.get(DeskFixture.TICKETS + "/" + duplicate, tenant.userToken())
                .json();
        assertThat(systemMessages(seenByTenant)).anyMatch(m -> m.contains(kept));
        assertThat(desk.staffView(other.code(), othersOnly).getString("status")).isEqualTo("NUEVO");
    }

    @Test
    void cannedResponsesAreKeptByTitle() {
        String title = "Reinicio de caché " + ThreadLocalRandom.current().nextInt(1 << 20);
        String body = Json.createObjectBuilder()
                .add("title", title)
                .add("body", "Cierre sesión y vuelva a entrar.")
                .build()
                .toString();
        Api.Reply created = api.post(CANNED, DeskFixture.agent(), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");

        assertThat(api.post(CANNED, DeskFixture.agent(), body).status()).isEqualTo(409);
        assertThat(api.post(CANNED, DeskFixture.agent(), "{\"title\":\"x\"}").status())
                .isEqualTo(400);
        assertThat(api.post(CANNED, TestTenants.staffToken(Roles.ADVISOR), body).status())
                .isEqualTo(403);
        Api.Reply changed = api.put(
                CANNED + "/" + id,
                DeskFixture.agent(),
                Json.createObjectBuilder()
                        .add("title", title)
                        .add("body", "Cierre sesión, borre la caché y vuelva a entrar.")
                        .build()
                        .toString());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(titles(TestTenants.staffToken(Roles.BILLING_STAFF))).contains(title);
        assertThat(api.delete(CANNED + "/" + id, DeskFixture.agent()).status()).isEqualTo(204);
        assertThat(titles(DeskFixture.agent())).doesNotContain(title);
        assertThat(api.delete(CANNED + "/" + id, DeskFixture.agent()).status()).isEqualTo(404);
    }

    @Test
    void aRoutingRuleSendsTheCategorysNewTicketsToAnotherQueue() {
        long claim = claimCategory();
        String route = "/api/v1/support/routes/" + claim;
        assertThat(api.put(route, DeskFixture.agent(), "{\"queue\":\"comercial\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.put(route, admin, "{\"queue\":\"inexistente\"}").status())
                .isEqualTo(404);
        try {
            Api.Reply changed = api.put(route, admin, "{\"queue\":\"comercial\"}");
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

            String number = desk.openClaim(tenant.userToken(), "Cobro mal hecho");

            Api.Reply list = api.get("/api/v1/support/tickets?queue=comercial&size=100", DeskFixture.agent());
            assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                    .anyMatch(i -> i.getString("tenant").equals(tenant.code())
                            && i.getString("number").equals(number));
        } finally {
            api.put(route, admin, "{\"queue\":\"administrativa\"}");
        }
    }

    private Api.Reply assign(String number, String agent) {
        return api.post(
                DeskFixture.SUPPORT + tenant.code() + "/" + number + "/assignment",
                DeskFixture.agent(),
                Json.createObjectBuilder().add("agent", agent).build().toString(),
                DeskFixture.REASON);
    }

    private Api.Reply merge(String code, String number, String target) {
        return api.post(
                DeskFixture.SUPPORT + code + "/" + number + "/merge",
                DeskFixture.agent(),
                Json.createObjectBuilder().add("into", target).build().toString(),
                DeskFixture.REASON);
    }

    private static List<String> systemMessages(JsonObject ticket) {
        return ticket.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> "SYSTEM".equals(m.getString("authorKind")))
                .map(m -> m.getString("body"))
                .toList();
    }

    private List<String> titles(String token) {
        return api.get(CANNED, token).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("title"))
                .toList();
    }

    private long claimCategory() {
        return api
                .get("/api/v1/ticket-catalog", tenant.userToken())
                .json()
                .getJsonArray("categories")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getBoolean("leaf") && "CLAIM".equals(c.getString("kind")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }
}
