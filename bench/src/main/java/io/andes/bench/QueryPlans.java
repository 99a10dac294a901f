package io.andes.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plans of the SQL the application really sends: for each route, the server's general log is switched on while
 * one request runs, the ticket statements it logged are read back (the application's driver inlines the parameters,
 * so they are exact), and each SELECT is run again under MariaDB's {@code ANALYZE}, which gives the plan (key used,
 * rows estimated) together with the rows actually examined ({@code r_rows}).
 */
final class QueryPlans {

    /**
     * One statement of a route and its plan (column names, then rows); {@code count} statements of the same shape,
     * differing only in their literals, ran in the request.
     */
    record Plan(String route, String sql, int count, List<String> columns, List<List<String>> rows) {}

    private final JdbcLoad database;
    private final URI base;
    private final String token;

    QueryPlans(JdbcLoad database, String baseUrl, String token) {
        this.database = database;
        this.base = URI.create(baseUrl);
        this.token = token;
    }

    List<Plan> of(List<ApiLoad.Call> routes) throws Exception {
        List<Plan> plans = new ArrayList<>();
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (ApiLoad.Call route : routes) {
                Map<String, List<String>> shapes = new LinkedHashMap<>();
                for (String sql : logged(statement, route)) {
                    shapes.computeIfAbsent(shape(sql), key -> new ArrayList<>()).add(sql);
                }
                for (List<String> same : shapes.values()) {
                    plans.add(plan(statement, route.side(), same.get(0), same.size()));
                }
            }
        }
        return plans;
    }

    private List<String> logged(Statement statement, ApiLoad.Call route) throws Exception {
        statement.execute("SET GLOBAL log_output = 'TABLE'");
        statement.execute("TRUNCATE TABLE mysql.general_log");
        statement.execute("SET GLOBAL general_log = 1");
        String failure;
        try (KeepAliveHttp http = new KeepAliveHttp(base)) {
            failure = route.send(http, token);
        } finally {
            statement.execute("SET GLOBAL general_log = 0");
        }
        if (failure != null) {
            throw new IllegalStateException(route.side() + ": " + failure);
        }
        List<String> statements = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                + " WHERE command_type = 'Query' ORDER BY event_time")) {
            while (rows.next()) {
                String sql = rows.getString(1).strip();
                if (isTicketStatement(sql)) {
                    statements.add(sql);
                }
            }
        }
        return statements;
    }

    /** Tables besides those named {@code ticket…} whose statements belong to the ticket routes. */
    static final List<String> TICKET_TABLES =
            List.of("support_service", "sla_event", "queue_agent", "webhook_endpoint");

    /**
     * The application's statements on the ticket tables (counter, status changes, SLA events included), the catalog,
     * the queues' agents and the webhook endpoints; not the pool's or this class's own.
     */
    static boolean isTicketStatement(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return (lower.startsWith("select") || lower.startsWith("insert") || lower.startsWith("update"))
                && (lower.contains("ticket") || TICKET_TABLES.stream().anyMatch(lower::contains))
                && !lower.contains("general_log");
    }

    /** The statement with its string and number literals replaced by {@code ?}. */
    static String shape(String sql) {
        return sql.replaceAll("'(?:[^'\\\\]|\\\\.)*'", "?").replaceAll("\\b\\d+(?:\\.\\d+)?\\b", "?");
    }

    private static Plan plan(Statement statement, String route, String sql, int count) throws SQLException {
        boolean select = sql.toLowerCase(Locale.ROOT).startsWith("select");
        // ANALYZE runs the statement; a write is only explained, so the measured database stays as it was
        String explain = (select ? "ANALYZE " : "EXPLAIN ") + sql;
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(explain)) {
            ResultSetMetaData meta = result.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(String.valueOf(result.getString(i)));
                }
                rows.add(row);
            }
        }
        return new Plan(route, sql, count, columns, rows);
    }
}
