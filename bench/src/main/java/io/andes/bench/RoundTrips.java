package io.andes.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one operation sends to the database, side by side for the application and its raw JDBC twin: the server's
 * general log is switched on while exactly one operation runs, and the commands of the connection that wrote
 * {@code marker} (a table only the operation writes) are read back in order. Each command is one round trip; the
 * difference between the two sides is work the application's stack adds in the database's own time.
 */
final class RoundTrips {

    /** The commands one operation sent, in order. */
    record Trace(String side, List<String> commands) {

        Trace {
            commands = List.copyOf(commands);
        }

        int roundTrips() {
            return commands.size();
        }
    }

    private static final int SHOWN_CHARACTERS = 90;

    private final JdbcLoad database;
    private final String marker;

    RoundTrips(JdbcLoad database, String marker) {
        this.database = database;
        this.marker = marker.toLowerCase(Locale.ROOT);
    }

    /**
     * One API call of {@code call} as the user of {@code token}, right after an untraced one: the application's
     * short-lived caches (the tenant's status) hold what they hold under load, so the trace shows the steady state.
     */
    Trace app(String baseUrl, ApiLoad.Call call, String token) throws Exception {
        try (KeepAliveHttp http = new KeepAliveHttp(URI.create(baseUrl))) {
            Operation once = () -> {
                String failure = call.send(http, token);
                if (failure != null) {
                    throw new IllegalStateException(call.side() + ": " + failure);
                }
            };
            once.run();
            return trace(call.side(), once);
        }
    }

    /** One raw transaction of {@code factory}'s kind for {@code tenant}, committed. */
    Trace raw(JdbcLoad.TransactionFactory factory, String tenant) throws Exception {
        try (Connection connection = database.open()) {
            JdbcLoad.Transaction transaction = factory.prepare(connection);
            return trace(JdbcLoad.SIDE, () -> {
                String refused = transaction.apply(tenant);
                if (refused != null) {
                    throw new IllegalStateException(refused);
                }
                connection.commit();
            });
        }
    }

    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    private Trace trace(String side, Operation operation) throws Exception {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("SET GLOBAL log_output = 'TABLE'");
            statement.execute("TRUNCATE TABLE mysql.general_log");
            statement.execute("SET GLOBAL general_log = 1");
            try {
                operation.run();
            } finally {
                statement.execute("SET GLOBAL general_log = 0");
            }
            return new Trace(side, commandsOfTheWriter(statement));
        }
    }

    private List<String> commandsOfTheWriter(Statement statement) throws SQLException {
        Map<Long, List<String>> byConnection = new LinkedHashMap<>();
        Long writer = null;
        try (ResultSet rows = statement.executeQuery("SELECT thread_id, command_type, CONVERT(argument USING utf8mb4)"
                + " FROM mysql.general_log WHERE command_type NOT IN ('Connect', 'Quit')")) {
            while (rows.next()) {
                long thread = rows.getLong(1);
                String argument = rows.getString(3).strip();
                byConnection.computeIfAbsent(thread, key -> new ArrayList<>()).add(shown(rows.getString(2), argument));
                if (isWrite(argument)) {
                    writer = thread;
                }
            }
        }
        if (writer == null) {
            throw new IllegalStateException("No connection wrote " + marker + " while the log was on");
        }
        return byConnection.get(writer);
    }

    private boolean isWrite(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return lower.startsWith("insert") && lower.contains(marker);
    }

    /** The command as the report shows it: its type when it is not a query, the SQL cut to a readable length. */
    static String shown(String commandType, String argument) {
        String text = argument.replaceAll("\\s+", " ");
        if (text.length() > SHOWN_CHARACTERS) {
            text = text.substring(0, SHOWN_CHARACTERS) + " …";
        }
        return "Query".equals(commandType) ? text : commandType + ": " + text;
    }
}
