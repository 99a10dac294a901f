package io.andes.core.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * A tenant's counter rows ({@code (tenant_id, kind, last_value)}: T-000001, C-000001, …): the next number of a kind,
 * taken in one statement that creates the row when absent and moves it on when present, holding the row's exclusive
 * lock until the transaction ends, so numbers have no gaps or twins. The statement is {@code INSERT … ON DUPLICATE KEY
 * UPDATE last_value = LAST_INSERT_ID(last_value + 1)}: on a duplicate it waits for the row's exclusive lock (simultaneous
 * numbers, first ones included, queue instead of deadlocking), and the new value comes back in the server's answer to
 * the statement itself, as its last insert id (MySQL and MariaDB alike) — one round trip where a locking read and an
 * update took two.
 */
public final class CounterRows {

    private CounterRows() {}

    /**
     * The next number of {@code kind} for the tenant {@code em} is bound to; {@code table} is a counter table, a
     * constant, never input. Native SQL is not tenant-filtered: the tenant is the one the entity manager is bound to.
     */
    public static int next(EntityManager em, String table, String kind) {
        Object tenant = em.getProperties().get(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT);
        if (tenant == null) {
            throw new IllegalStateException("A counter is taken for a bound tenant only");
        }
        // the transaction's own connection: the row stays locked until the transaction ends
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement next = connection.prepareStatement(
                "INSERT INTO " + table + " (tenant_id, kind, last_value) VALUES (?, ?, LAST_INSERT_ID(1))"
                        + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            next.setString(1, tenant.toString());
            next.setString(2, kind);
            next.executeUpdate();
            try (ResultSet taken = next.getGeneratedKeys()) {
                if (!taken.next()) {
                    throw new IllegalStateException("The counter " + table + "/" + kind + " returned no number");
                }
                return Math.toIntExact(taken.getLong(1));
            }
        } catch (SQLException e) {
            throw new PersistenceException("The next number of " + table + "/" + kind + " could not be taken", e);
        }
    }
}
