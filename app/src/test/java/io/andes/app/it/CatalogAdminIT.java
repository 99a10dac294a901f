package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Platform admins administer the support catalog through the staff API: services, the category tree (add, rename,
 * move, deactivate), fields, queues and routing; tenants see every change at once, bad input changes nothing, and no
 * other role may touch it. Each test works on a service of its own (its code sorts after the demo services, so tests
 * that take the catalog's first category never land on it), deactivated at the end.
 */
class CatalogAdminIT extends AndesIT {

    private static final String SERVICES = "/api/v1/support/catalog/services";
    private static final String CATEGORIES = "/api/v1/support/catalog/categories";
    private static final String QUEUES = "/api/v1/support/queues";
    private static final String CATALOG = "/api/v1/ticket-catalog";

    String admin;
    TestTenant tenant;
    String service;

    @BeforeEach
    void serviceOfItsOwn() {
        admin = TestTenants.staffToken(Roles.PLATFORM_ADMIN);
        tenant = TestTenants.create(api, "catalog", "basico");
        service = "zz-" + suffix();
        Api.Reply created = api.post(SERVICES, admin, names(service, "Servicio " + service, "Service " + service));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @AfterEach
    void withdrawTheService() {
        api.put(SERVICES + "/" + service, admin, "{\"nameEs\":\"Retirado\",\"nameEn\":\"Withdrawn\",\"active\":false}");
    }

    @Test
    void aNewCategoryWithARequiredFieldAndItsRouteIsSeenByTenantsAtOnce() {
        String queue = "zz-q-" + suffix();
        Api.Reply queueAdded = api.post(QUEUES, admin, names(queue, "Cola de obras", "Works queue"));
        assertThat(queueAdded.status()).as(queueAdded.toString()).isEqualTo(201);
        assertThat(api.get(QUEUES, admin).body()).contains(queue, "Cola de obras");
        long area = category(null, "Áreas comunes", "Common areas");
        long lift = category(area, "Ascensor", "Lift");
        Api.Reply field = api.post(
                CATEGORIES + "/" + area + "/fields",
                admin,
                fieldBody("torre", "CHOICE", true)
                        .add("options", Json.createArrayBuilder().add("Norte").add("Sur"))
                        .build()
                        .toString());
        assertThat(field.status()).as(field.toString()).isEqualTo(201);
        Api.Reply routed = api.put("/api/v1/support/routes/" + lift, admin, "{\"queue\":\"" + queue + "\"}");
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);

        JsonObject leaf = tenantCategory(lift).orElseThrow(() -> new AssertionError("The tenant does not see it"));
        assertThat(leaf.getString("path")).isEqualTo("Áreas comunes › Ascensor");
        assertThat(leaf.getBoolean("leaf")).isTrue();
        assertThat(leaf.getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("key"), f -> f.getBoolean("required"))
                .containsExactly(tuple("torre", true));
        assertThat(api.get(CATALOG, tenant.userToken()).body()).contains("Servicio " + service);
        assertProblem(open(lift, Json.createObjectBuilder()), 400, "/problems/validation");
        Api.Reply opened = open(lift, Json.createObjectBuilder().add("torre", "Sur"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().getJsonArray("fields").getJsonObject(0).getString("value"))
                .isEqualTo("Sur");
        Api.Reply list = api.get("/api/v1/support/tickets?queue=" + queue + "&size=100", DeskFixture.agent());
        assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(i -> i.getString("tenant").equals(tenant.code())
                        && i.getString("number").equals(opened.json().getString("number")));

        Api.Reply renamed = api.put(CATEGORIES + "/" + lift, admin, names(null, "Ascensores", "Lifts"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(tenantCategory(lift).orElseThrow().getString("path")).isEqualTo("Áreas comunes › Ascensores");
        Api.Reply gone = api.delete(CATEGORIES + "/" + area, admin);
        assertThat(gone.status()).as(gone.toString()).isEqualTo(200);
        assertThat(tenantCategory(area)).isEmpty();
        assertThat(tenantCategory(lift)).isEmpty();
        assertProblem(open(lift, Json.createObjectBuilder().add("torre", "Sur")), 400, "/problems/validation");
        assertThat(api.get(CATEGORIES + "?service=" + service, admin)
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .allMatch(c -> !c.getBoolean("active"));
        assertThat(api.get("/api/v1/tickets/" + opened.json().getString("number"), tenant.userToken())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aCategoryMovesWithItsSubtreeButNeverUnderItsOwnDescendant() {
        long first = category(null, "Primera", "First");
        long child = category(first, "Hija", "Child");
        long grandchild = category(child, "Nieta", "Grandchild");
        long second = category(null, "Segunda", "Second");

        assertProblem(move(first, grandchild), 400, "/problems/validation");
        assertProblem(move(first, first), 400, "/problems/validation");
        assertProblem(move(child, 987_654_321L), 400, "/problems/validation");
        assertThat(tenantCategory(grandchild).orElseThrow().getString("path")).isEqualTo("Primera › Hija › Nieta");

        Api.Reply moved = move(child, second);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(tenantCategory(grandchild).orElseThrow().getString("path")).isEqualTo("Segunda › Hija › Nieta");
        assertThat(tenantCategory(first).orElseThrow().getBoolean("leaf")).isTrue();
        Api.Reply top = move(child, null);
        assertThat(top.status()).as(top.toString()).isEqualTo(200);
        assertThat(tenantCategory(child).orElseThrow().get("parentId")).isIn(null, JsonValue.NULL);
    }

    @Test
    void aWithdrawnCategoryIsOfferedAgainWithItsSubtreeOnlyUnderAnActiveParent() {
        long area = category(null, "Bodegas", "Storage rooms");
        long leaf = category(area, "Humedad", "Damp");
        assertThat(api.delete(CATEGORIES + "/" + area, admin).status()).isEqualTo(200);
        assertThat(tenantCategory(leaf)).isEmpty();

        assertProblem(api.post(CATEGORIES + "/" + leaf + "/reactivation", admin, ""), 409, "/problems/conflict");
        assertThat(tenantCategory(leaf)).isEmpty();
        assertProblem(api.post(CATEGORIES + "/987654321/reactivation", admin, ""), 404, "/problems/not-found");

        Api.Reply back = api.post(CATEGORIES + "/" + area + "/reactivation", admin, "");
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(back.json().getBoolean("active")).isTrue();
        assertThat(tenantCategory(leaf).orElseThrow().getString("path")).isEqualTo("Bodegas › Humedad");
        Api.Reply opened = open(leaf, Json.createObjectBuilder());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() {
        long root = category(null, "Raíz", "Root");
        long leaf = category(root, "Hoja", "Leaf");
        assertThat(api.post(
                                CATEGORIES + "/" + root + "/fields",
                                admin,
                                fieldBody("codigo", "TEXT", false).build().toString())
                        .status())
                .isEqualTo(201);
        String before = api.get(CATEGORIES + "?service=" + service, admin).body();

        assertProblem(api.post(SERVICES, admin, names(service, "Otro", "Other")), 409, "/problems/conflict");
        assertProblem(api.post(SERVICES, admin, names("zz-" + suffix(), " ", "Empty")), 400, "/problems/validation");
        assertProblem(api.post(SERVICES, admin, names("Con Espacios", "A", "B")), 400, "/problems/validation");
        assertProblem(api.post(QUEUES, admin, names("tecnica", "Otra", "Other")), 409, "/problems/conflict");
        assertProblem(api.post(CATEGORIES, admin, newCategory(root, "", "Empty")), 400, "/problems/validation");
        assertProblem(api.post(CATEGORIES, admin, newCategory(987_654_321L, "X", "X")), 400, "/problems/validation");
        assertProblem(
                api.post(CATEGORIES, admin, newCategory(root, "X", "X").replace("}", ",\"queue\":\"nadie\"}")),
                400,
                "/problems/validation");
        assertProblem(api.put(CATEGORIES + "/" + leaf, admin, names(null, "Bien", "")), 400, "/problems/validation");
        assertProblem(api.put(CATEGORIES + "/987654321", admin, names(null, "A", "B")), 404, "/problems/not-found");
        assertProblem(api.put(CATEGORIES + "/abc", admin, names(null, "A", "B")), 404, "/problems/not-found");
        assertProblem(api.delete(CATEGORIES + "/987654321", admin), 404, "/problems/not-found");
        assertProblem(api.put(SERVICES + "/no-existe", admin, names(null, "A", "B")), 404, "/problems/not-found");
        assertProblem(api.put(QUEUES + "/no-existe", admin, names(null, "A", "B")), 404, "/problems/not-found");
        String fields = CATEGORIES + "/" + leaf + "/fields";
        assertProblem(
                api.post(
                        fields,
                        admin,
                        fieldBody("codigo", "TEXT", false).build().toString()),
                409,
                "/problems/conflict");
        assertProblem(
                api.post(
                        fields,
                        admin,
                        fieldBody("Mal Clave", "TEXT", false).build().toString()),
                400,
                "/problems/validation");
        assertProblem(
                api.post(
                        fields,
                        admin,
                        fieldBody("color", "COLOR", false).build().toString()),
                400,
                "/problems/validation");
        assertProblem(
                api.post(
                        fields,
                        admin,
                        fieldBody("color", "CHOICE", false).build().toString()),
                400,
                "/problems/validation");
        assertProblem(
                api.post(
                        CATEGORIES + "/987654321/fields",
                        admin,
                        fieldBody("x", "TEXT", false).build().toString()),
                404,
                "/problems/not-found");
        assertProblem(api.delete(fields + "/no_existe", admin), 404, "/problems/not-found");

        assertThat(api.get(CATEGORIES + "?service=" + service, admin).body()).isEqualTo(before);
    }

    @Test
    void onlyPlatformAdminsAdministerTheCatalog() {
        long root = category(null, "Raíz", "Root");
        List<String> others = List.of(
                TestTenants.staffToken(Roles.SUPPORT_AGENT),
                TestTenants.staffToken(Roles.BILLING_STAFF),
                TestTenants.staffToken(Roles.ADVISOR),
                tenant.userToken(),
                tenant.adminToken());
        for (String token : others) {
            assertProblem(api.get(SERVICES, token), 403, "/problems/forbidden");
            assertProblem(api.post(SERVICES, token, names("zz-" + suffix(), "A", "B")), 403, "/problems/forbidden");
            assertProblem(api.put(SERVICES + "/" + service, token, names(null, "A", "B")), 403, "/problems/forbidden");
            assertProblem(api.get(CATEGORIES, token), 403, "/problems/forbidden");
            assertProblem(api.post(CATEGORIES, token, newCategory(root, "A", "B")), 403, "/problems/forbidden");
            assertProblem(api.put(CATEGORIES + "/" + root, token, names(null, "A", "B")), 403, "/problems/forbidden");
            assertProblem(api.delete(CATEGORIES + "/" + root, token), 403, "/problems/forbidden");
            assertProblem(api.post(CATEGORIES + "/" + root + "/reactivation", token, ""), 403, "/problems/forbidden");
            assertProblem(
                    api.post(
                            CATEGORIES + "/" + root + "/fields",
                            token,
                            fieldBody("x", "TEXT", false).build().toString()),
                    403,
                    "/problems/forbidden");
            assertProblem(api.post(QUEUES, token, names("zz-" + suffix(), "A", "B")), 403, "/problems/forbidden");
            assertProblem(api.put(QUEUES + "/tecnica", token, names(null, "A", "B")), 403, "/problems/forbidden");
        }
        assertThat(tenantCategory(root).orElseThrow().getString("name")).isEqualTo("Raíz");
    }

    private long category(Long parent, String es, String en) {
        Api.Reply created = api.post(CATEGORIES, admin, newCategory(parent, es, en));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private String newCategory(Long parent, String es, String en) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("serviceCode", service)
                .add("nameEs", es)
                .add("nameEn", en);
        if (parent != null) {
            body.add("parentId", parent);
        }
        return body.build().toString();
    }

    private Api.Reply move(long id, Long parent) {
        String body = parent == null ? "{\"parentId\":null}" : "{\"parentId\":" + parent + "}";
        return api.put(CATEGORIES + "/" + id + "/parent", admin, body);
    }

    private Api.Reply open(long category, JsonObjectBuilder fields) {
        return api.post(
                "/api/v1/tickets",
                tenant.userToken(),
                Json.createObjectBuilder()
                        .add("serviceCode", service)
                        .add("categoryId", category)
                        .add("subject", "No funciona el ascensor")
                        .add("description", "Se detiene entre pisos.")
                        .add("fields", fields)
                        .build()
                        .toString());
    }

    private Optional<JsonObject> tenantCategory(long id) {
        Api.Reply reply = api.get(CATALOG, tenant.userToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == id)
                .findFirst();
    }

    private static JsonObjectBuilder fieldBody(String key, String type, boolean required) {
        return Json.createObjectBuilder()
                .add("key", key)
                .add("labelEs", "Campo " + key)
                .add("labelEn", "Field " + key)
                .add("type", type)
                .add("required", required);
    }

    private static String names(String code, String es, String en) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("nameEs", es).add("nameEn", en);
        if (code != null) {
            body.add("code", code);
        }
        return body.build().toString();
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }
}
