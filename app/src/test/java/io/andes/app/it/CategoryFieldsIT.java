package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.andes.app.it.TestTenants.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The optional fields of a category as tenants fill them: offered with the catalog (the ancestors' fields first), checked
 * by type when a ticket or a request item is opened (every bad value refused with {@code fields.<key>}, nothing
 * stored), kept on the ticket for the tenant, the agents and the API, and never seen by another tenant. Uses the
 * demo fields of the migration: the real-estate service {@code postventa} and the document number of the e-invoicing
 * branch.
 */
class CategoryFieldsIT extends AndesIT {

    private static final String TICKETS = "/api/v1/tickets";
    private static final String CATALOG = "/api/v1/ticket-catalog";

    TestTenant tenant;
    TicketCalls calls;
    JsonObject leak;
    JsonObject appliance;
    JsonObject issuing;

    @BeforeEach
    void tenantAndCategories() {
        tenant = TestTenants.create(api, "fields", "basico");
        calls = new TicketCalls(api);
        leak = calls.leafWithField(tenant.userToken(), "postventa", "detectada_el");
        appliance = calls.leafWithField(tenant.userToken(), "postventa", "artefacto");
        issuing = calls.leafWithField(tenant.userToken(), "erp", "numero_documento");
    }

    @Test
    void theCatalogOffersTheBranchFieldsAncestorsFirst() {
        assertThat(leak.getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("key"), f -> f.getString("type"), f -> f.getBoolean("required"))
                .containsExactly(
                        tuple("recinto", "CHOICE", true),
                        tuple("piso", "CHOICE", false),
                        tuple("detectada_el", "DATE", false));
        JsonObject building = field(leak, "recinto");
        assertThat(building.getString("label")).isEqualTo("Recinto");
        assertThat(building.getJsonArray("options").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("Torre A", "Torre B", "Torre C");
        JsonObject english =
                api.get(CATALOG, tenant.userToken(), "Accept-Language", "en").json();
        assertThat(english.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.get("id").equals(leak.get("id")))
                        .map(c -> field(c, "recinto").getString("label")))
                .containsExactly("Building");
    }

    @Test
    void aTicketOpenedWithFieldsKeepsThemForTheTenantTheAgentsAndTheApi() {
        Api.Reply opened = api.post(
                TICKETS,
                tenant.userToken(),
                ticket(leak, "Filtración en el baño")
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
        Map<String, String> expected = Map.of("Recinto", "Torre B", "Piso", "7", "Detectada el", "2026-11-28");
        assertThat(values(opened.json())).isEqualTo(expected);
        assertThat(values(api.get(TICKETS + "/" + number, tenant.userToken()).json()))
                .isEqualTo(expected);
        assertThat(values(api.get(TICKETS + "/" + number, tenant.adminToken(), "Accept-Language", "en")
                        .json()))
                .isEqualTo(Map.of("Building", "Torre B", "Floor", "7", "Noticed on", "2026-11-28"));
        JsonObject staff = api.get(
                        DeskFixture.SUPPORT + tenant.code() + "/" + number, DeskFixture.agent(), DeskFixture.REASON)
                .json();
        assertThat(values(staff)).isEqualTo(expected);
        assertThat(opened.json().getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("key"))
                .containsExactly("recinto", "piso", "detectada_el");

        Api.Reply numbered = api.post(
                TICKETS,
                tenant.userToken(),
                ticket(issuing, "Factura rechazada")
                        .add("fields", Json.createObjectBuilder().add("numero_documento", 4512))
                        .build()
                        .toString());
        assertThat(numbered.status()).as(numbered.toString()).isEqualTo(201);
        assertThat(values(numbered.json())).isEqualTo(Map.of("Número de documento", "4512"));
        Api.Reply without = api.post(
                TICKETS,
                tenant.userToken(),
                ticket(issuing, "Sin número").build().toString());
        assertThat(without.status()).as(without.toString()).isEqualTo(201);
        assertThat(without.json().getJsonArray("fields")).isEmpty();
    }

    @Test
    void everyBadValueIsRefusedNamingItsFieldAndNothingIsStored() {
        List<BadFields> cases = List.of(
                new BadFields("falta un campo obligatorio", leak, Json.createObjectBuilder(), "recinto"),
                new BadFields(
                        "campo desconocido",
                        leak,
                        Json.createObjectBuilder().add("recinto", "Torre A").add("color", "rojo"),
                        "color"),
                new BadFields(
                        "opción que no existe", leak, Json.createObjectBuilder().add("recinto", "Torre Z"), "recinto"),
                new BadFields(
                        "fecha mal escrita",
                        leak,
                        Json.createObjectBuilder().add("recinto", "Torre A").add("detectada_el", "28/11/2026"),
                        "detectada_el"),
                new BadFields(
                        "número con letras",
                        issuing,
                        Json.createObjectBuilder().add("numero_documento", "cuatro mil"),
                        "numero_documento"),
                new BadFields(
                        "texto demasiado largo",
                        appliance,
                        Json.createObjectBuilder().add("recinto", "Torre A").add("artefacto", "x".repeat(501)),
                        "artefacto"),
                new BadFields(
                        "valor que no es texto",
                        appliance,
                        Json.createObjectBuilder().add("recinto", true),
                        "recinto"),
                new BadFields(
                        "campo de otra rama",
                        issuing,
                        Json.createObjectBuilder().add("recinto", "Torre A"),
                        "recinto"));

        for (BadFields bad : cases) {
            Api.Reply refused = api.post(
                    TICKETS,
                    tenant.userToken(),
                    ticket(bad.category(), "Caso: " + bad.name())
                            .add("fields", bad.fields())
                            .build()
                            .toString());

            assertProblem(refused, 400, "/problems/validation");
            assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(bad.name())
                    .extracting(e -> e.getString("field"))
                    .contains("fields." + bad.key());
        }
        assertThat(api.get(TICKETS, tenant.userToken()).json().getInt("total")).isZero();
    }

    @Test
    void aRequestItemTakesTheFieldsOfItsCategoryAndItsTicketKeepsThem() {
        String token = tenant.userToken();
        Api.Reply draft = api.post("/api/v1/requests", token, "{\"serviceCode\":\"postventa\"}");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String items = "/api/v1/requests/" + draft.json().getString("id") + "/items";

        Api.Reply missing = api.post(items, token, item(leak, Json.createObjectBuilder()));
        assertProblem(missing, 400, "/problems/validation");
        assertThat(missing.body()).contains("fields.recinto");
        Api.Reply added = api.post(
                items,
                token,
                item(leak, Json.createObjectBuilder().add("recinto", "Torre C").add("piso", "2")));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        Api.Reply sent = api.post("/api/v1/requests/" + draft.json().getString("id") + "/submission", token, "");

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String number = sent.json().getJsonArray("tickets").getJsonObject(0).getString("number");
        assertThat(values(api.get(TICKETS + "/" + number, token).json()))
                .isEqualTo(Map.of("Recinto", "Torre C", "Piso", "2"));
    }

    @Test
    void anotherTenantNeverSeesTheFieldsOfThisTenantsTickets() {
        String first = openWithBuilding(tenant.userToken(), "Torre A");
        String second = openWithBuilding(tenant.userToken(), "Torre B");
        TestTenant other = TestTenants.create(api, "fields", "basico");
        String othersFirst = api.post(
                        TICKETS,
                        other.userToken(),
                        ticket(issuing, "Del otro").build().toString())
                .json()
                .getString("number");

        assertThat(othersFirst).isEqualTo(first);
        JsonObject seenByOther =
                api.get(TICKETS + "/" + first, other.userToken()).json();
        assertThat(seenByOther.getJsonArray("fields")).isEmpty();
        assertThat(seenByOther.getString("subject")).isEqualTo("Del otro");
        assertProblem(api.get(TICKETS + "/" + second, other.userToken()), 404, "/problems/not-found");
        assertProblem(api.get(TICKETS + "/" + second, other.adminToken()), 404, "/problems/not-found");
        assertThat(values(api.get(TICKETS + "/" + second, tenant.userToken()).json()))
                .containsEntry("Recinto", "Torre B");
    }

    private String openWithBuilding(String token, String building) {
        Api.Reply opened = api.post(
                TICKETS,
                token,
                ticket(leak, "Filtración " + building)
                        .add("fields", Json.createObjectBuilder().add("recinto", building))
                        .build()
                        .toString());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().getString("number");
    }

    private record BadFields(String name, JsonObject category, JsonObjectBuilder fields, String key) {}

    private static JsonObjectBuilder ticket(JsonObject category, String subject) {
        return Json.createObjectBuilder()
                .add("serviceCode", category.getString("serviceCode"))
                .add("categoryId", category.get("id"))
                .add("subject", subject)
                .add("description", "Detalle: " + subject);
    }

    private static String item(JsonObject category, JsonObjectBuilder fields) {
        return Json.createObjectBuilder()
                .add("categoryId", category.get("id"))
                .add("description", "Gotea el techo del baño.")
                .add("fields", fields)
                .build()
                .toString();
    }

    private static Map<String, String> values(JsonObject ticket) {
        return ticket.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("label"), f -> f.getString("value")));
    }

    private static JsonObject field(JsonObject category, String key) {
        return category.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No field " + key + " in " + category));
    }
}
