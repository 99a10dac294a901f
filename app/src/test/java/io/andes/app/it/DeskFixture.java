package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.EmbeddedDatabase;
import io.andes.core.security.Roles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What the support-desk tests share: opening a ticket in the first SUPPORT leaf of a service, the agents' routes, and
 * moving a ticket back in time through the test database (the application's clock cannot be moved from outside).
 */
final class DeskFixture {

    static final String TICKETS = "/api/v1/tickets";
    static final String SUPPORT = "/api/v1/support/tickets/";
    static final String[] REASON = {"X-Access-Reason", "prueba del escritorio de soporte"};

    private final Api api;

    DeskFixture(Api api) {
        this.api = api;
    }

    static String agent() {
        return TestTenants.staffToken(Roles.SUPPORT_AGENT);
    }

    /** Opens a ticket in the first support leaf of the ERP service (technical queue); answers its number. */
    String open(String token, String subject) {
        return open(token, subject, "SUPPORT");
    }

    /** Opens a billing claim, which the catalog routes to the administrative queue; answers its number. */
    String openClaim(String token, String subject) {
        return open(token, subject, "CLAIM");
    }

    /** Opens a cancellation request (administrative queue), dated by its notice; answers its number. */
    String openCancellation(String token, String subject) {
        return open(token, subject, "CANCELLATION");
    }

    private String open(String token, String subject, String kind) {
        JsonObject leaf = api
                .get("/api/v1/ticket-catalog", token)
                .json()
                .getJsonArray("categories")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getBoolean("leaf")
                        && kind.equals(c.getString("kind"))
                        && "erp".equals(c.getString("serviceCode")))
                .findFirst()
                .orElseThrow();
        String body = Json.createObjectBuilder()
                .add("serviceCode", "erp")
                .add("categoryId", leaf.get("id"))
                .add("subject", subject)
                .add("description", "Detalle: " + subject)
                .build()
                .toString();
        Api.Reply opened = api.post(TICKETS, token, body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().getString("number");
    }

    JsonObject staffView(String tenant, String number) {
        Api.Reply reply = api.get(SUPPORT + tenant + "/" + number, agent(), REASON);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    Api.Reply answer(String tenant, String number, String body, boolean internal, boolean waitForCustomer) {
        String json = Json.createObjectBuilder()
                .add("body", body)
                .add("internal", internal)
                .add("waitForCustomer", waitForCustomer)
                .build()
                .toString();
        return api.post(SUPPORT + tenant + "/" + number + "/answers", agent(), json, REASON);
    }

    Api.Reply markUrgent(String tenant, String number, String reason) {
        String json = reason == null
                ? "{}"
                : Json.createObjectBuilder().add("reason", reason).build().toString();
        return api.post(SUPPORT + tenant + "/" + number + "/urgency", agent(), json, REASON);
    }

    /** Moves the ticket, its status history and its due instants {@code days} back, as if opened that long ago. */
    static void shiftBack(String tenant, String number, int days) {
        EmbeddedDatabase database = ItEnvironment.database();
        int sequence = Integer.parseInt(number.substring(number.indexOf('-') + 1));
        try (Connection db =
                DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
            update(
                    db,
                    "UPDATE ticket_status_change c JOIN ticket t ON c.tenant_id = t.tenant_id AND c.ticket_id = t.id"
                            + " SET c.changed_at = c.changed_at - INTERVAL ? DAY WHERE t.tenant_id = ? AND t.number = ?",
                    days,
                    tenant,
                    sequence);
            update(
                    db,
                    "UPDATE ticket SET created_at = created_at - INTERVAL ? DAY,"
                            + " updated_at = updated_at - INTERVAL ? DAY,"
                            + " first_response_due = first_response_due - INTERVAL ? DAY,"
                            + " resolution_due = resolution_due - INTERVAL ? DAY WHERE tenant_id = ? AND number = ?",
                    days,
                    days,
                    days,
                    days,
                    tenant,
                    sequence);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move ticket " + number + " back in time", e);
        }
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        }
    }

    static Instant instant(JsonObject object, String key) {
        return Instant.parse(object.getString(key));
    }
}
