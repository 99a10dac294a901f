package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.AdvisorFixture.Advisor;
import io.andes.app.it.AdvisorFixture.Customer;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The advisor channel kept apart, as a matrix: each staff role against each advisor route and the support routes.
 * Support agents and billing staff never reach advisor requests (403); advisors never reach tickets (403) and reach
 * only the requests of their own tenants (another tenant's is a 404); tenant roles reach no staff route. And two
 * tenants: neither reads, lists, answers or accepts anything of the other's by number or id (404).
 */
class AdvisorSeparationIT extends AndesIT {

    private static final String AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .format(LocalDateTime.now().plusDays(7).withHour(10).withMinute(0));

    private AdvisorFixture channel;
    private Customer a;
    private Customer b;
    private Advisor ofA;
    private Advisor ofB;

    @BeforeEach
    void twoTenantsEachWithItsAdvisor() {
        channel = new AdvisorFixture(api);
        a = channel.customer("separa-a");
        b = channel.customer("separa-b");
        ofA = channel.advisor("Asesora de A");
        ofB = channel.advisor("Asesor de B");
        assertThat(channel.assign(a.code(), ofA).status()).isEqualTo(200);
        assertThat(channel.assign(b.code(), ofB).status()).isEqualTo(200);
    }

    /** One advisor route on a fresh request of tenant A; {@code %s} stands for the request's path. */
    private record Route(String name, String method, String path, String body) {}

    private List<Route> advisorRoutes(String request, Advisor self) {
        String on = AdvisorFixture.INBOX + "/" + a.code() + "/" + request;
        return List.of(
                new Route("inbox", "GET", AdvisorFixture.INBOX, null),
                new Route("read", "GET", on, null),
                new Route("answer", "POST", on + "/replies", "{\"body\":\"Hola\"}"),
                new Route(
                        "session",
                        "POST",
                        on + "/session",
                        "{\"kind\":\"CAPACITACION\",\"at\":\"" + AT + "\",\"link\":\"https://meet.example/s\"}"),
                new Route("quote", "POST", on + "/quotes", "{\"lines\":[{\"product\":\"DTE_PACK\",\"quantity\":2}]}"),
                new Route("close", "POST", on + "/closure", ""),
                new Route("assignments", "GET", AdvisorFixture.ASSIGNMENTS, null),
                new Route(
                        "assign",
                        "PUT",
                        AdvisorFixture.ASSIGNMENTS + "/" + a.code(),
                        "{\"advisor\":\"" + ofA.username() + "\"}"),
                new Route("profiles", "GET", AdvisorFixture.PROFILES, null),
                new Route(
                        "own profile",
                        "PUT",
                        AdvisorFixture.PROFILES + "/" + (self == null ? ofA : self).username(),
                        "{\"name\":\"Nombre\",\"email\":\"" + (self == null ? ofA : self).username() + "\"}"));
    }

    @Test
    void eachStaffRoleAgainstEachAdvisorRoute() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(Roles.SUPPORT_AGENT, TestTenants.staffToken(Roles.SUPPORT_AGENT));
        tokens.put(Roles.BILLING_STAFF, TestTenants.staffToken(Roles.BILLING_STAFF));
        tokens.put("advisor of A", ofA.token());
        tokens.put("advisor of B", ofB.token());
        tokens.put(Roles.PLATFORM_ADMIN, AdvisorFixture.admin());
        tokens.put("tenant-admin of A", a.admin());
        tokens.put("tenant-user of A", a.user());
        Map<String, List<Integer>> expected = Map.of(
                Roles.SUPPORT_AGENT,
                List.of(403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
                Roles.BILLING_STAFF,
                List.of(403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
                "advisor of A",
                List.of(200, 200, 201, 200, 201, 200, 200, 403, 200, 200),
                "advisor of B",
                List.of(200, 404, 404, 404, 404, 404, 200, 403, 200, 200),
                Roles.PLATFORM_ADMIN,
                List.of(200, 200, 201, 200, 201, 200, 200, 200, 200, 200),
                "tenant-admin of A",
                List.of(403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
                "tenant-user of A",
                List.of(403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
        List<String> mismatches = new ArrayList<>();
        tokens.forEach((role, token) -> {
            String request = channel.sent(a.admin(), "DEMOSTRACION", "Demo para " + role);
            Advisor self = role.equals("advisor of B") ? ofB : null;
            List<Route> routes = advisorRoutes(request, self);
            for (int i = 0; i < routes.size(); i++) {
                Api.Reply reply = call(routes.get(i), token);
                int want = expected.get(role).get(i);
                if (reply.status() != want) {
                    mismatches.add(role + " × " + routes.get(i).name() + ": " + reply);
                } else if (want >= 400) {
                    assertThat(reply.contentType())
                            .as(role + " × " + routes.get(i).name())
                            .startsWith("application/problem+json");
                }
            }
            JsonObject after =
                    api.get(AdvisorFixture.REQUESTS + "/" + request, a.admin()).json();
            boolean mayWork = expected.get(role).get(1) == 200;
            assertThat(after.getString("status")).as(role).isEqualTo(mayWork ? "CERRADA" : "NUEVA");
            assertThat(after.getJsonArray("messages")).as(role).hasSize(mayWork ? 1 : 0);
            assertThat(after.getJsonArray("quotes")).as(role).hasSize(mayWork ? 1 : 0);
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void advisorsNeverReachTicketsAndSupportNeverReachesAdvisorRequests() {
        String ticket = new DeskFixture(api).open(a.user(), "No puedo emitir facturas");
        String request = channel.sent(a.admin(), "CAPACITACION", "Capacitación de facturación");
        String support = DeskFixture.SUPPORT + a.code() + "/" + ticket;
        String[] reason = DeskFixture.REASON;
        for (Advisor advisor : List.of(ofA, ofB)) {
            assertProblem(api.get("/api/v1/support/tickets", advisor.token()), 403, "/problems/forbidden");
            assertProblem(api.get(support, advisor.token(), reason), 403, "/problems/forbidden");
            assertProblem(
                    api.post(support + "/answers", advisor.token(), "{\"body\":\"x\"}"), 403, "/problems/forbidden");
            assertProblem(api.get("/api/v1/support/overview", advisor.token()), 403, "/problems/forbidden");
            assertProblem(
                    api.get("/api/v1/support/pqrs/" + a.code() + "/PQRS-2026-000001", advisor.token(), reason),
                    403,
                    "/problems/forbidden");
            assertProblem(api.get("/api/v1/tickets", advisor.token()), 403, "/problems/forbidden");
            assertProblem(api.get(AdvisorFixture.REQUESTS, advisor.token()), 403, "/problems/forbidden");
            // the tenant directory lists every tenant: not an advisor's (their own tenants are in their inbox)
            assertProblem(api.get("/api/v1/tenants", advisor.token()), 403, "/problems/forbidden");
            assertProblem(api.get("/api/v1/tenants/" + a.code(), advisor.token()), 403, "/problems/forbidden");
        }
        assertThat(api.get(support, DeskFixture.agent(), reason).status()).isEqualTo(200);
        assertThat(api.get(AdvisorFixture.INBOX + "/" + a.code() + "/" + request, ofA.token())
                        .status())
                .isEqualTo(200);
        for (String staff : List.of(DeskFixture.agent(), TestTenants.staffToken(Roles.BILLING_STAFF))) {
            assertProblem(
                    api.get(AdvisorFixture.INBOX + "/" + a.code() + "/" + request, staff, reason),
                    403,
                    "/problems/forbidden");
            assertProblem(api.get(AdvisorFixture.INBOX + "?tenant=" + a.code(), staff), 403, "/problems/forbidden");
        }
        JsonObject ticketView = new DeskFixture(api).staffView(a.code(), ticket);
        assertThat(ticketView.toString()).doesNotContain("Capacitación de facturación");
    }

    @Test
    void anAdvisorListsOnlyTheirOwnTenantsAndPlatformAdminsSeeBoth() {
        String ofTenantA = channel.sent(a.admin(), "NUEVO_PRODUCTO", "Producto para A");
        String ofTenantB = channel.sent(b.admin(), "NUEVO_PRODUCTO", "Producto para B");
        assertThat(tenantsIn(ofA.token())).contains(a.code()).doesNotContain(b.code());
        assertThat(tenantsIn(ofB.token())).contains(b.code()).doesNotContain(a.code());
        assertThat(api.get(AdvisorFixture.INBOX + "?tenant=" + b.code(), ofA.token())
                        .json()
                        .getInt("total"))
                .isZero();
        String admin = AdvisorFixture.admin();
        assertThat(api.get(AdvisorFixture.INBOX + "?tenant=" + a.code(), admin)
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
        assertThat(api.get(AdvisorFixture.INBOX + "?tenant=" + b.code(), admin)
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
        assertProblem(
                api.get(AdvisorFixture.INBOX + "/" + b.code() + "/" + ofTenantB, ofA.token()),
                404,
                "/problems/not-found");
        assertProblem(
                api.get(AdvisorFixture.INBOX + "/" + a.code() + "/" + ofTenantA, ofB.token()),
                404,
                "/problems/not-found");
        assertProblem(api.get(AdvisorFixture.INBOX + "/no-existe-zz/" + ofTenantA, admin), 404, "/problems/not-found");
        assertProblem(api.get(AdvisorFixture.INBOX + "?status=PERDIDA", ofA.token()), 400, "/problems/validation");
        assertThat(api.get(AdvisorFixture.ASSIGNMENTS, ofA.token()).jsonArray().getValuesAs(JsonObject.class))
                .extracting(x -> x.getString("tenant"))
                .containsExactly(a.code());
    }

    @Test
    void neitherTenantReachesTheOthersRequestsOrQuotesByNumberOrId() {
        channel.sent(a.admin(), "OTRO", "Primera de A");
        String secondOfA = channel.sent(a.admin(), "OTRO", "Segunda de A");
        String onlyOfB = channel.sent(b.admin(), "OTRO", "Única de B");
        assertThat(secondOfA).isEqualTo("C-000002");
        assertThat(onlyOfB).isEqualTo("C-000001");
        String quoteOfA = AdvisorFixture.lastQuote(channel.quote(ofA.token(), a.code(), secondOfA, "USERS", 2)
                        .json())
                .getString("id");

        assertProblem(api.get(AdvisorFixture.REQUESTS + "/" + secondOfA, b.admin()), 404, "/problems/not-found");
        assertProblem(channel.reply(b.admin(), secondOfA, "¿Y esto?"), 404, "/problems/not-found");
        assertProblem(channel.accept(b.admin(), secondOfA, quoteOfA), 404, "/problems/not-found");
        assertProblem(channel.accept(b.admin(), onlyOfB, quoteOfA), 404, "/problems/not-found");
        JsonObject listOfB = api.get(AdvisorFixture.REQUESTS, b.admin()).json();
        assertThat(listOfB.getInt("total")).isEqualTo(1);
        assertThat(api.get(AdvisorFixture.REQUESTS + "/C-000001", b.admin())
                        .json()
                        .getString("message"))
                .isEqualTo("Única de B");
        assertThat(api.get(AdvisorFixture.REQUESTS + "/C-000001", a.admin())
                        .json()
                        .getString("message"))
                .isEqualTo("Primera de A");
        assertThat(AdvisorFixture.lastQuote(api.get(AdvisorFixture.REQUESTS + "/" + secondOfA, a.admin())
                                .json())
                        .getString("status"))
                .isEqualTo("PENDIENTE");
        assertThat(api.get("/api/v1/my-advisor", b.admin()).json().getString("name"))
                .isEqualTo("Asesor de B");
    }

    private List<String> tenantsIn(String token) {
        return api
                .get(AdvisorFixture.INBOX + "?size=100", token)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(r -> r.getString("tenant"))
                .distinct()
                .toList();
    }

    private Api.Reply call(Route route, String token) {
        return switch (route.method()) {
            case "GET" -> api.get(route.path(), token);
            case "PUT" -> api.put(route.path(), token, route.body());
            default -> api.post(route.path(), token, route.body());
        };
    }
}
