package io.andes.core.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Plain JDBC for platform jobs that work on many tenants in one transaction (the renewal run's batches): the
 * transaction's own connection, with no tenant bound, for statements that name their tenants themselves — native SQL
 * is not tenant-filtered — and JDBC batches, which the driver rewrites into multi-row statements.
 */
@ApplicationScoped
public class JobJdbc {

    /** Where a statement lists its tenants: replaced by one placeholder per tenant. */
    public static final String TENANTS = "{tenants}";

    @Inject
    TenantEntityManager entityManagers;

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** A statement that fills a prepared statement. */
    @FunctionalInterface
    public interface StatementWork<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    /**
     * The rows of {@code sql}, whose {@link #TENANTS} becomes the placeholders of {@code tenants} (bound first), then
     * {@code more} parameters.
     */
    public <T> List<T> query(String sql, Collection<TenantId> tenants, List<Object> more, RowReader<T> reader) {
        if (tenants.isEmpty()) {
            return List.of();
        }
        String expanded = sql.replace(TENANTS, String.join(", ", Collections.nCopies(tenants.size(), "?")));
        return withStatement(expanded, statement -> {
            int index = 0;
            for (TenantId tenant : tenants) {
                statement.setString(++index, tenant.value());
            }
            for (Object value : more) {
                statement.setObject(++index, value);
            }
            List<T> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        });
    }

    /** Runs {@code work} on a statement of {@code sql} prepared on the transaction's connection. */
    public <T> T withStatement(String sql, StatementWork<T> work) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            return work.apply(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("A platform job's statement failed: " + e.getMessage(), e);
        }
    }

    /** Each statement of an executed batch changed exactly one row (or the driver could not tell). */
    public static boolean eachChangedOne(int[] counts) {
        for (int count : counts) {
            if (count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) {
                return false;
            }
        }
        return true;
    }

    /** The connection of the caller's transaction, owned by it: never closed here. */
    private Connection connection() {
        return entityManagers.forJobOfNoTenant().unwrap(Connection.class);
    }
}
