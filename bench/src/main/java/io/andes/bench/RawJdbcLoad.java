package io.andes.bench;

import io.andes.app.dev.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ceiling the API is measured against: the same consumption transaction (lock the quota row, check, update it,
 * append to the ledger, commit) sent straight to the same database over Connector/J, one connection per client.
 */
public final class RawJdbcLoad {

    public static final String SIDE = "raw JDBC";
    private static final String URL_PARAMETERS =
            "&cachePrepStmts=true&useServerPrepStmts=false&rewriteBatchedStatements=true";
    private static final int NETWORK_TIMEOUT_MILLIS = 60_000;

    static final String LOCK = "SELECT included, additional, used, period_start FROM entitlement"
            + " WHERE tenant_id = ? AND type = 'DTE_DOCUMENTS' FOR UPDATE";
    static final String UPDATE = "UPDATE entitlement SET used = used + 1, updated_at = ?"
            + " WHERE tenant_id = ? AND type = 'DTE_DOCUMENTS'";
    static final String INSERT = "INSERT INTO entitlement_movement (tenant_id, id, type, kind, quantity, used_after,"
            + " limit_after, period_start, idempotency_key, actor, address, occurred_at)"
            + " VALUES (?, ?, 'DTE_DOCUMENTS', 'CONSUMPTION', 1, ?, ?, ?, ?, ?, ?, ?)";

    private final String url;
    private final List<String> tenantIds;

    /** {@code jdbcUrl} already has a query string; the benchmark's Connector/J parameters are appended to it. */
    public RawJdbcLoad(String jdbcUrl, List<String> tenantIds) {
        this.url = jdbcUrl + URL_PARAMETERS;
        this.tenantIds = List.copyOf(tenantIds);
    }

    public LoadResult run(int clients, Duration warmup, Duration window) throws Exception {
        return ClosedLoop.run(SIDE, clients, index -> new Consumer(open()), warmup, window);
    }

    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
        connection.setAutoCommit(false);
        connection.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MILLIS);
        return connection;
    }

    /** One client: a connection and its three statements, prepared once. */
    private final class Consumer implements ClosedLoop.Client {
        private final Connection connection;
        private final PreparedStatement lock;
        private final PreparedStatement update;
        private final PreparedStatement insert;

        Consumer(Connection connection) throws SQLException {
            this.connection = connection;
            try {
                this.lock = connection.prepareStatement(LOCK);
                this.update = connection.prepareStatement(UPDATE);
                this.insert = connection.prepareStatement(INSERT);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public String call() throws SQLException {
            String tenant = tenantIds.get(ThreadLocalRandom.current().nextInt(tenantIds.size()));
            try {
                String refused = consume(tenant);
                if (refused != null) {
                    connection.rollback();
                    return refused;
                }
                connection.commit();
                return null;
            } catch (SQLException e) {
                rollbackQuietly(e);
                throw e;
            }
        }

        private String consume(String tenant) throws SQLException {
            int limit;
            int usedAfter;
            Date periodStart;
            lock.setString(1, tenant);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return "no DTE_DOCUMENTS quota for tenant " + tenant;
                }
                limit = row.getInt("included") + row.getInt("additional");
                usedAfter = row.getInt("used") + 1;
                periodStart = row.getDate("period_start");
            }
            if (usedAfter > limit) {
                return "quota exceeded for tenant " + tenant + " (limit " + limit + ")";
            }
            Timestamp now = Timestamp.from(Instant.now());
            update.setTimestamp(1, now);
            update.setString(2, tenant);
            update.executeUpdate();
            insert.setString(1, tenant);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setInt(3, usedAfter);
            insert.setInt(4, limit);
            insert.setObject(5, periodStart, Types.DATE);
            insert.setString(6, UUID.randomUUID().toString());
            insert.setString(7, "bench");
            insert.setString(8, "127.0.0.1");
            insert.setTimestamp(9, now);
            insert.executeUpdate();
            return null;
        }

        private void rollbackQuietly(SQLException cause) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                cause.addSuppressed(e);
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
