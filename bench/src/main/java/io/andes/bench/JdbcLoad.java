package io.andes.bench;

import io.andes.app.dev.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ceiling the API is measured against: one transaction per operation, for a random seeded tenant, sent straight
 * to the same database over Connector/J with the application's driver settings, one connection per client.
 */
public final class JdbcLoad {

    public static final String SIDE = "raw JDBC";
    /** The application's Connector/J settings (see AndesDataSource). */
    static final String URL_PARAMETERS = "&cachePrepStmts=true&useServerPrepStmts=false&rewriteBatchedStatements=true"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    private static final int NETWORK_TIMEOUT_MILLIS = 60_000;

    /** The work of one operation on one tenant; null when it committed, otherwise why it was refused. */
    @FunctionalInterface
    public interface Transaction {
        String apply(String tenant) throws SQLException;
    }

    /** Prepares a client's statements on its connection. */
    @FunctionalInterface
    public interface TransactionFactory {
        Transaction prepare(Connection connection) throws SQLException;
    }

    private final String url;
    private final List<String> tenantIds;

    /** {@code jdbcUrl} already has a query string; the benchmark's Connector/J parameters are appended to it. */
    public JdbcLoad(String jdbcUrl, List<String> tenantIds) {
        this.url = jdbcUrl + URL_PARAMETERS;
        this.tenantIds = List.copyOf(tenantIds);
    }

    public LoadResult run(TransactionFactory factory, int clients, Duration warmup, Duration window) throws Exception {
        return ClosedLoop.run(SIDE, clients, index -> client(factory), warmup, window);
    }

    /** A connection with auto-commit off, for loads and for seeding. */
    public Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
        connection.setAutoCommit(false);
        connection.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MILLIS);
        return connection;
    }

    private ClosedLoop.Client client(TransactionFactory factory) throws SQLException {
        Connection connection = open();
        try {
            return new Client(connection, factory.prepare(connection));
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** One client: a connection and its prepared transaction, committed or rolled back per call. */
    private final class Client implements ClosedLoop.Client {
        private final Connection connection;
        private final Transaction transaction;

        Client(Connection connection, Transaction transaction) {
            this.connection = connection;
            this.transaction = transaction;
        }

        @Override
        public String call() throws SQLException {
            String tenant = tenantIds.get(ThreadLocalRandom.current().nextInt(tenantIds.size()));
            try {
                String refused = transaction.apply(tenant);
                if (refused != null) {
                    connection.rollback();
                    return refused;
                }
                connection.commit();
                return null;
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                System.err.println("Closing a benchmark connection: " + e.getMessage());
            }
        }
    }
}
