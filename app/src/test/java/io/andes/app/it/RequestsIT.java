package io.andes.app.it;

import static io.andes.app.it.Filings.items;
import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.EmbeddedDatabase;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.app.it.TicketFiles.Part;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Multi-item post-sale requests through the API: a draft of several items with photos becomes one numbered request
 * whose items are tickets of their own; claims and cancellations land in the administrative queue and a cancellation
 * is dated by its notice; a submitted request is frozen; bad input changes nothing; and another tenant's requests
 * are not found on any route.
 */
class RequestsIT extends AndesIT {

    private static final String REQUESTS = "/api/v1/requests";
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    TestTenant tenant;
    JsonObject support;
    JsonObject cancellation;
    JsonObject claim;

    @BeforeEach
    void tenantAndCategories() {
        tenant = TestTenants.create(api, "rq", "basico");
        support = Filings.leaf(api, tenant.userToken(), "erp", "SUPPORT");
        cancellation = Filings.leaf(api, tenant.userToken(), "erp", "CANCELLATION");
        claim = Filings.leaf(api, tenant.userToken(), "erp", "CLAIM");
    }

    @Test
    void aDraftOfTwoItemsWithPhotosBecomesTwoTicketsUnderOneRequestNumber() {
        String token = tenant.userToken();
        String draft = draft(token, "erp");
        String first = addedItem(token, draft, support, "La factura 123 no se emite");
        String second = addedItem(token, draft, cancellation, "Damos aviso de baja del módulo de remuneraciones");
        Api.Reply photo = upload(token, draft, first, new Part("pantalla.png", TicketFiles.png()));
        assertThat(photo.status()).as(photo.toString()).isEqualTo(201);

        JsonObject before = read(token, draft);
        assertThat(before.getString("status")).isEqualTo("DRAFT");
        assertThat(before.containsKey("number")).isFalse();
        assertThat(itemIds(before)).containsExactly(first, second);
        assertThat(before.getJsonArray("items").getJsonObject(0).getJsonArray("photos"))
                .hasSize(1);

        Api.Reply submitted = api.post(REQUESTS + "/" + draft + "/submission", token, "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        JsonObject request = submitted.json();
        assertThat(request.getString("number")).isEqualTo("S-000001");
        assertThat(submitted.headers().firstValue("Location").orElse("")).endsWith("/api/v1/requests/S-000001");
        assertThat(request.getString("status")).isEqualTo("SUBMITTED");
        List<JsonObject> tickets = request.getJsonArray("tickets").getValuesAs(JsonObject.class);
        assertThat(tickets).hasSize(2);

        JsonObject supportTicket = ticket(token, tickets.get(0).getString("number"));
        JsonObject cancellationTicket = ticket(token, tickets.get(1).getString("number"));
        assertThat(supportTicket.getString("requestNumber")).isEqualTo("S-000001");
        assertThat(cancellationTicket.getString("requestNumber")).isEqualTo("S-000001");
        assertThat(supportTicket.getString("subject")).contains("S-000001").contains(support.getString("name"));
        assertThat(supportTicket.getString("description")).isEqualTo("La factura 123 no se emite");
        assertThat(supportTicket.getJsonArray("attachments")).hasSize(1);
        assertThat(supportTicket.getJsonArray("attachments").getJsonObject(0).getString("fileName"))
                .isEqualTo("pantalla.png");
        String attachment =
                supportTicket.getJsonArray("attachments").getJsonObject(0).getString("id");
        assertThat(TicketFiles.download(
                                api,
                                "/api/v1/tickets/" + supportTicket.getString("number") + "/attachments/" + attachment,
                                token)
                        .body())
                .isEqualTo(TicketFiles.png());
        assertThat(supportTicket.containsKey("effectiveDate")).isFalse();
        assertThat(cancellationTicket.getString("effectiveDate"))
                .isIn(
                        LocalDate.now(SANTIAGO).toString(),
                        LocalDate.now(SANTIAGO).minusDays(1).toString());

        JsonObject byNumber = read(token, "S-000001");
        assertThat(byNumber.getString("id")).isEqualTo(draft);
        assertThat(byNumber.getJsonArray("items").getJsonObject(0).getJsonArray("photos"))
                .isEmpty();
        List<JsonObject> history = items(api.get("/api/v1/tickets", token));
        assertThat(history).extracting(t -> t.getString("requestNumber")).containsOnly("S-000001");
    }

    @Test
    void requestNumbersCountPerTenantAndTheListShowsEveryRequest() {
        String token = tenant.adminToken();
        assertThat(submitted(token, draftWithItem(token))).isEqualTo("S-000001");
        assertThat(submitted(token, draftWithItem(token))).isEqualTo("S-000002");
        String open = draftWithItem(token);
        TestTenant other = TestTenants.create(api, "rq", "basico");
        assertThat(submitted(other.userToken(), draftWithItem(other.userToken())))
                .isEqualTo("S-000001");

        Api.Reply list = api.get(REQUESTS + "?page=0&size=10", tenant.userToken());
        assertThat(items(list))
                .extracting(r -> r.getString("id"))
                .contains(open)
                .hasSize(3);
        assertThat(items(list))
                .allSatisfy(r -> assertThat(r.getInt("itemCount")).isEqualTo(1));
        assertThat(list.json().getInt("total")).isEqualTo(3);
    }

    @Test
    void claimsAndCancellationsGoToTheAdministrativeQueueAloneOrInsideARequest() throws SQLException {
        String token = tenant.userToken();
        String draft = draft(token, "erp");
        addedItem(token, draft, claim, "Nos cobraron dos veces");
        addedItem(token, draft, support, "No emite boletas");
        submitted(token, draft);
        Api.Reply alone = api.post(
                "/api/v1/tickets",
                token,
                Json.createObjectBuilder()
                        .add("serviceCode", "erp")
                        .add("categoryId", cancellation.get("id"))
                        .add("subject", "Baja del servicio")
                        .add("description", "Damos aviso de término")
                        .build()
                        .toString());
        assertThat(alone.status()).as(alone.toString()).isEqualTo(201);
        assertThat(alone.json().getString("effectiveDate")).isNotBlank();

        assertThat(queues()).containsExactly("T-000001 administrativa", "T-000002 tecnica", "T-000003 administrativa");
    }

    @Test
    void aSubmittedRequestCannotChangeAndAnEmptyDraftCannotBeSubmitted() {
        String token = tenant.userToken();
        String empty = draft(token, "erp");
        assertProblem(api.post(REQUESTS + "/" + empty + "/submission", token, ""), 422, "/problems/unprocessable");
        assertThat(read(token, empty).getString("status")).isEqualTo("DRAFT");

        String draft = draft(token, "erp");
        String item = addedItem(token, draft, support, "Primero");
        submitted(token, draft);
        assertProblem(addItem(token, draft, support, "Después"), 409, "/problems/conflict");
        assertProblem(api.delete(REQUESTS + "/" + draft + "/items/" + item, token), 409, "/problems/conflict");
        assertProblem(upload(token, draft, item, new Part("foto.png", TicketFiles.png())), 409, "/problems/conflict");
        assertProblem(api.post(REQUESTS + "/S-000001/submission", token, ""), 409, "/problems/conflict");
        assertThat(itemIds(read(token, draft))).containsExactly(item);
        assertThat(items(api.get("/api/v1/tickets", token))).hasSize(1);
    }

    @Test
    void badInputIsRefusedAndLeavesTheDraftAsItWas() {
        String token = tenant.userToken();
        assertProblem(api.post(REQUESTS, token, "{\"serviceCode\":\"no-existe\"}"), 400, "/problems/validation");
        assertProblem(api.post(REQUESTS, token, "{}"), 400, "/problems/validation");
        String draft = draft(token, "erp");
        JsonObject payroll = Filings.leaf(api, token, "remuneraciones", "SUPPORT");
        JsonObject unknown = Json.createObjectBuilder().add("id", 999_999).build();
        for (JsonObject category : List.of(unknown, payroll, Filings.branch(api, token, "erp"))) {
            assertProblem(addItem(token, draft, category, "Algo pasa"), 400, "/problems/validation");
        }
        assertProblem(addItem(token, draft, support, "   "), 400, "/problems/validation");
        String item = addedItem(token, draft, support, "Con fotos");

        Part[] eleven = new Part[11];
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = new Part("foto-" + i + ".png", TicketFiles.png());
        }
        assertProblem(upload(token, draft, item, eleven), 400, "/problems/validation");
        assertProblem(
                upload(token, draft, item, new Part("notas.png", TicketFiles.text("no soy una imagen"))),
                415,
                "/problems/unsupported-media-type");
        assertThat(upload(token, draft, item, new Part("a.png", TicketFiles.png()))
                        .status())
                .isEqualTo(201);
        Part[] ten = Arrays.copyOf(eleven, 10);
        assertProblem(upload(token, draft, item, ten), 409, "/problems/conflict");
        assertProblem(
                api.delete(REQUESTS + "/" + draft + "/items/00000000-0000-0000-0000-000000000000", token),
                404,
                "/problems/not-found");

        JsonObject after = read(token, draft);
        assertThat(itemIds(after)).containsExactly(item);
        assertThat(after.getJsonArray("items").getJsonObject(0).getJsonArray("photos"))
                .hasSize(1);
        assertThat(api.delete(REQUESTS + "/" + draft + "/items/" + item, token).status())
                .isEqualTo(204);
        assertThat(itemIds(read(token, draft))).isEmpty();
    }

    @Test
    void anotherTenantsRequestIsNotFoundOnEveryRouteAndNeverListed() {
        String token = tenant.userToken();
        String submitted = draft(token, "erp");
        String submittedItem = addedItem(token, submitted, support, "Enviado");
        submitted(token, submitted);
        String draft = draft(token, "erp");
        String item = addedItem(token, draft, support, "Borrador");
        TestTenant other = TestTenants.create(api, "rq", "basico");
        String intruder = other.adminToken();

        for (String reference : List.of(submitted, "S-000001", draft)) {
            assertProblem(api.get(REQUESTS + "/" + reference, intruder), 404, "/problems/not-found");
            assertProblem(addItem(intruder, reference, support, "Intruso"), 404, "/problems/not-found");
            assertProblem(
                    api.post(REQUESTS + "/" + reference + "/submission", intruder, ""), 404, "/problems/not-found");
        }
        assertProblem(api.delete(REQUESTS + "/" + draft + "/items/" + item, intruder), 404, "/problems/not-found");
        assertProblem(
                api.delete(REQUESTS + "/" + submitted + "/items/" + submittedItem, intruder),
                404,
                "/problems/not-found");
        assertProblem(upload(intruder, draft, item, new Part("x.png", TicketFiles.png())), 404, "/problems/not-found");
        assertThat(items(api.get(REQUESTS, intruder))).isEmpty();
        assertThat(items(api.get("/api/v1/tickets", intruder))).isEmpty();

        assertThat(itemIds(read(token, draft))).containsExactly(item);
        assertThat(read(token, "S-000001").getString("id")).isEqualTo(submitted);
    }

    private String draft(String token, String service) {
        Api.Reply reply = api.post(REQUESTS, token, "{\"serviceCode\":\"" + service + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    private String draftWithItem(String token) {
        String draft = draft(token, "erp");
        addedItem(token, draft, support, "Un requerimiento");
        return draft;
    }

    private Api.Reply addItem(String token, String request, JsonObject category, String description) {
        JsonObject body = Json.createObjectBuilder()
                .add("categoryId", category.get("id"))
                .add("description", description)
                .build();
        return api.post(REQUESTS + "/" + request + "/items", token, body.toString());
    }

    private String addedItem(String token, String request, JsonObject category, String description) {
        Api.Reply reply = addItem(token, request, category, description);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    private String submitted(String token, String request) {
        Api.Reply reply = api.post(REQUESTS + "/" + request + "/submission", token, "");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("number");
    }

    private Api.Reply upload(String token, String request, String item, Part... files) {
        return TicketFiles.upload(api, REQUESTS + "/" + request + "/items/" + item + "/attachments", token, files);
    }

    private JsonObject read(String token, String reference) {
        Api.Reply reply = api.get(REQUESTS + "/" + reference, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private JsonObject ticket(String token, String number) {
        Api.Reply reply = api.get("/api/v1/tickets/" + number, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> itemIds(JsonObject request) {
        return request.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("id"))
                .toList();
    }

    /** The tenant's tickets with their queue, straight from the database: the API does not show queues. */
    private List<String> queues() throws SQLException {
        EmbeddedDatabase database = ItEnvironment.database();
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT number, queue_code FROM ticket WHERE tenant_id = ? ORDER BY number")) {
            query.setString(1, tenant.code());
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(String.format("T-%06d %s", result.getInt(1), result.getString(2)));
                }
            }
        }
        return rows;
    }
}
