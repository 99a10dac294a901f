package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.EmbeddedDatabase;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The billing API as its clients use it, and the one thing no client can do: let a subscription's period end. The
 * period is moved back one month in the database (its end becomes its old start, today), with the pending charges
 * that were due at its end, instead of a clock production could be tricked with.
 */
final class BillingCalls {

    private final Api api;

    BillingCalls(Api api) {
        this.api = api;
    }

    /** A renewal run started by billing staff; the finished run. */
    Api.Reply run() {
        return api.post("/api/v1/billing/renewal-runs", TestTenants.staffToken(Roles.BILLING_STAFF), "");
    }

    JsonObject ok(String path, String token) {
        Api.Reply reply = api.get(path, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /**
     * The tenant's first period ends and a renewal run (this one, the scheduler's or another test's) issues its invoice:
     * the invoice, once it is there.
     */
    JsonObject renewed(String tenant, String adminToken) {
        ok("/api/v1/billing/next-invoice", adminToken);
        periodEnded(tenant);
        Api.Reply run = run();
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        return Eventually.await(
                        () -> invoices(adminToken),
                        invoices -> invoices.size() == 1,
                        "the renewal invoice of " + tenant)
                .get(0);
    }

    List<JsonObject> invoices(String token) {
        return ok("/api/v1/billing/invoices?size=100", token)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    /** The invoice PDF's status, content type and bytes. */
    HttpResponse<byte[]> pdf(String number, String token) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            api.request(
                                            "/api/v1/billing/invoices/" + number + "/pdf",
                                            token,
                                            "Accept",
                                            "application/pdf")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** As if a month had passed: the tenant's period ends today and its pending charges are due today. */
    static void periodEnded(String tenant) {
        // MySQL assigns left to right: period_end takes the old start, then period_start goes back a month
        update(
                "UPDATE subscription SET period_end = period_start, period_start = period_start - INTERVAL 1 MONTH"
                        + " WHERE tenant_id = ?",
                tenant,
                1);
        update(
                "UPDATE pending_charge SET due_on = (SELECT period_end FROM subscription WHERE tenant_id = ?)"
                        + " WHERE tenant_id = ? AND status = 'PENDING'",
                tenant,
                -1);
    }

    /** The invoice paid (as the payment gateway will record it), for the refund of a credit to the card. */
    static void paid(String tenant, String number) {
        update("UPDATE invoice SET status = 'PAGADA' WHERE tenant_id = ? AND number = '" + number + "'", tenant, 1);
    }

    /** The subscription's currency, to make its renewal fail (no price in it) and then succeed again. */
    static void currency(String tenant, String currency) {
        update("UPDATE subscription SET currency = '" + currency + "' WHERE tenant_id = ?", tenant, 1);
    }

    /** Every invoice sequence of {@code year} on the platform, ascending, and the counter's last value at the end. */
    static List<Integer> sequencesAndCounter(int year) {
        List<Integer> found = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement numbers = connection.prepareStatement(
                        "SELECT CAST(SUBSTRING(number, 8) AS UNSIGNED) FROM invoice WHERE number LIKE ? ORDER BY 1");
                PreparedStatement counter =
                        connection.prepareStatement("SELECT last_value FROM billing_counter WHERE kind = ?")) {
            numbers.setString(1, "F-" + year + "-%");
            try (ResultSet rows = numbers.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getInt(1));
                }
            }
            counter.setString(1, "F-" + year);
            try (ResultSet rows = counter.executeQuery()) {
                found.add(rows.next() ? rows.getInt(1) : 0);
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the invoice numbers", e);
        }
    }

    /** The invoice numbers of every tenant whose code starts with {@code codePrefix}, by tenant, from the database. */
    static Map<String, List<String>> invoicesOfTenants(String codePrefix) {
        Map<String, List<String>> found = new TreeMap<>();
        try (Connection connection = connect();
                PreparedStatement numbers = connection.prepareStatement(
                        "SELECT tenant_id, number FROM invoice WHERE tenant_id LIKE ? ORDER BY number")) {
            numbers.setString(1, codePrefix + "%");
            try (ResultSet rows = numbers.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the invoices", e);
        }
    }

    private static void update(String sql, String tenant, int expected) {
        try (Connection connection = connect();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, tenant);
            if (sql.chars().filter(c -> c == '?').count() > 1) {
                update.setString(2, tenant);
            }
            int rows = update.executeUpdate();
            if (expected >= 0) {
                assertThat(rows).as(sql + " for " + tenant).isEqualTo(expected);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the subscription's period", e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                ItEnvironment.database().jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }
}
