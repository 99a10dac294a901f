package io.andes.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;

/**
 * The raw JDBC twin of one API consumption: lock the tenant's DTE_DOCUMENTS quota row, check it, update it and append
 * to the ledger; {@link JdbcLoad} commits.
 */
final class EntitlementConsumption implements JdbcLoad.Transaction {

    static final String LOCK = "SELECT included, additional, used, period_start FROM entitlement"
            + " WHERE tenant_id = ? AND type = 'DTE_DOCUMENTS' FOR UPDATE";
    static final String UPDATE = "UPDATE entitlement SET used = used + 1, updated_at = ?"
            + " WHERE tenant_id = ? AND type = 'DTE_DOCUMENTS'";
    static final String INSERT = "INSERT INTO entitlement_movement (tenant_id, id, type, kind, quantity, used_after,"
            + " limit_after, period_start, idempotency_key, actor, address, occurred_at)"
            + " VALUES (?, ?, 'DTE_DOCUMENTS', 'CONSUMPTION', 1, ?, ?, ?, ?, ?, ?, ?)";

    private final PreparedStatement lock;
    private final PreparedStatement update;
    private final PreparedStatement insert;

    EntitlementConsumption(Connection connection) throws SQLException {
        this.lock = connection.prepareStatement(LOCK);
        this.update = connection.prepareStatement(UPDATE);
        this.insert = connection.prepareStatement(INSERT);
    }

    @Override
    public String apply(String tenant) throws SQLException {
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
}
