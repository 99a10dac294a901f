package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agents' side through REST: the cross-tenant list in working order (urgent, then the priority tier, then the
 * earliest due), who may see which queue, filters refused with 400, and the wall between tenants on the agents'
 * ticket routes (another tenant's code with this tenant's number is a 404 that changes nothing).
 */
class SupportConsoleIT extends AndesIT {

    private static final String LIST = "/api/v1/support/tickets";

    DeskFixture desk;
    TestTenant standard;
    TestTenant priority;

    @BeforeEach
    void tenants() {
        desk = new DeskFixture(api);
        standard = TestTenants.create(api, "desk", "basico");
        priority = TestTenants.create(api, "desk", "empresa");
    }

    @Test
    void theListPutsUrgentFirstThenThePriorityTierThenTheEarliestDue() {
        String first = desk.open(standard.userToken(), "Primero en llegar");
        String urgent = desk.open(standard.userToken(), "Caída del sistema");
        String third = desk.open(standard.userToken(), "Tercero en llegar");
        String tier = desk.open(priority.userToken(), "Cliente prioritario");
        assertThat(desk.markUrgent(standard.code(), urgent, "Caída total").status())
                .isEqualTo(200);

        List<JsonObject> mine = ours(all(DeskFixture.agent(), ""));

        assertThat(mine)
                .extracting(i -> i.getString("tenant") + "/" + i.getString("number"))
                .containsExactly(
                        standard.code() + "/" + urgent,
                        priority.code() + "/" + tier,
                        standard.code() + "/" + first,
                        standard.code() + "/" + third);
        JsonObject top = mine.get(0);
        assertThat(top.getString("subject")).isEqualTo("Caída del sistema");
        assertThat(top.getString("priority")).isEqualTo("URGENT");
        assertThat(top.getString("tier")).isEqualTo("STANDARD");
        assertThat(top.getString("queue")).isEqualTo("tecnica");
        assertThat(top.getString("status")).isEqualTo("NUEVO");
        assertThat(top.getString("zone")).isEqualTo("America/Santiago");
        assertThat(top.getString("due")).isNotBlank();
        assertThat(top.getString("standing")).isIn("ON_TRACK", "AT_RISK");
        assertThat(mine.get(1).getString("tier")).isEqualTo("PRIORITARIO");
        assertThat(ours(all(DeskFixture.agent(), "&priority=URGENT")))
                .extracting(i -> i.getString("number"))
                .containsExactly(urgent);
    }

    @Test
    void filtersByStatusAndAssigneeAndRefusesFiltersItCannotRead() {
        String answered = desk.open(standard.userToken(), "Respondido");
        String waiting = desk.open(standard.userToken(), "Sin respuesta");
        assertThat(desk.answer(standard.code(), answered, "Lo revisamos", false, false)
                        .status())
                .isEqualTo(201);

        assertThat(ours(all(DeskFixture.agent(), "&status=ABIERTO")))
                .extracting(i -> i.getString("number"))
                .containsExactly(answered);
        assertThat(ours(all(DeskFixture.agent(), "&status=NUEVO")))
                .extracting(i -> i.getString("number"))
                .containsExactly(waiting);
        List<JsonObject> assigned = ours(all(DeskFixture.agent(), "&assignee=me"));
        assertThat(assigned).extracting(i -> i.getString("number")).containsExactly(answered);
        assertThat(assigned.get(0).getString("assignee")).isEqualTo(Roles.SUPPORT_AGENT + "@andes.test");
        for (String bad :
                List.of("?status=PERDIDO", "?priority=ALTA", "?size=1000", "?page=-1", "?queue=t%C3%A9cnica")) {
            Api.Reply refused = api.get(LIST + bad, DeskFixture.agent());
            assertThat(refused.status()).as(bad + " " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void billingStaffSeeOnlyTheAdministrativeQueueAndAdvisorsAndTenantsNothing() {
        String claim = desk.openClaim(standard.userToken(), "Cobro duplicado");
        desk.open(standard.userToken(), "Problema técnico");
        String billing = TestTenants.staffToken(Roles.BILLING_STAFF);

        List<JsonObject> seen = ours(all(billing, ""));

        assertThat(seen).extracting(i -> i.getString("number")).containsExactly(claim);
        assertThat(seen).extracting(i -> i.getString("queue")).containsOnly("administrativa");
        assertThat(api.get(LIST + "?queue=tecnica", billing).status()).isEqualTo(403);
        assertThat(api.get(LIST + "?queue=administrativa", billing).status()).isEqualTo(200);
        for (String token :
                List.of(TestTenants.staffToken(Roles.ADVISOR), standard.adminToken(), standard.userToken())) {
            assertThat(api.get(LIST, token).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/support/overview", token).status()).isEqualTo(403);
        }
        assertThat(api.get(LIST, null).status()).isEqualTo(401);
    }

    @Test
    void theOverviewCountsOpenTicketsByQueueAndPriority() {
        JsonObject before = overview();
        desk.open(standard.userToken(), "Uno más");
        desk.openClaim(priority.userToken(), "Reclamo");

        JsonObject after = overview();

        assertThat(after.getInt("open")).isGreaterThanOrEqualTo(before.getInt("open") + 2);
        assertThat(count(after, "tecnica", "NORMAL")).isGreaterThanOrEqualTo(count(before, "tecnica", "NORMAL") + 1);
        assertThat(count(after, "administrativa", "NORMAL"))
                .isGreaterThanOrEqualTo(count(before, "administrativa", "NORMAL") + 1);
    }

    @Test
    void anotherTenantsCodeNeverReachesThisTenantsTicket() {
        desk.open(priority.userToken(), "Primero");
        String number = desk.open(priority.userToken(), "Segundo, solo existe en este cliente");
        desk.open(standard.userToken(), "El único del otro cliente");
        String elsewhere = DeskFixture.SUPPORT + standard.code() + "/" + number;

        assertThat(api.get(elsewhere, DeskFixture.agent(), DeskFixture.REASON).status())
                .isEqualTo(404);
        assertThat(desk.answer(standard.code(), number, "Hola", false, false).status())
                .isEqualTo(404);
        assertThat(api.post(elsewhere + "/resolution", DeskFixture.agent(), "", DeskFixture.REASON)
                        .status())
                .isEqualTo(404);
        assertThat(desk.markUrgent(standard.code(), number, "urgente").status()).isEqualTo(404);

        JsonObject untouched = desk.staffView(priority.code(), number);
        assertThat(untouched.getString("status")).isEqualTo("NUEVO");
        assertThat(untouched.getJsonArray("messages")).isEmpty();
        assertThat(untouched.getJsonObject("sla").getString("priority")).isEqualTo("NORMAL");
    }

    private List<JsonObject> all(String token, String filters) {
        List<JsonObject> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Reply reply = api.get(LIST + "?size=100&page=" + page + filters, token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            List<JsonObject> got = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
            items.addAll(got);
            if (items.size() >= reply.json().getInt("total") || got.isEmpty()) {
                return items;
            }
        }
    }

    private List<JsonObject> ours(List<JsonObject> items) {
        Set<String> codes = Set.of(standard.code(), priority.code());
        return items.stream().filter(i -> codes.contains(i.getString("tenant"))).toList();
    }

    private JsonObject overview() {
        Api.Reply reply = api.get("/api/v1/support/overview", DeskFixture.agent());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static int count(JsonObject overview, String queue, String priority) {
        return overview.getJsonArray("counts").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("queue").equals(queue)
                        && c.getString("priority").equals(priority))
                .mapToInt(c -> c.getInt("open"))
                .findFirst()
                .orElse(0);
    }
}
