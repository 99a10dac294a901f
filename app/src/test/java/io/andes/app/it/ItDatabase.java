package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The test run's database, for the one thing no client of Andes can do: let time pass. Moving a recorded instant
 * back is how a test sees what happens weeks later without a clock that production could be tricked with.
 */
final class ItDatabase {

    private ItDatabase() {}

    /** As if the tenant's finished ticket had stopped being worked on {@code earlier} before it did. */
    static void ticketFinishedEarlier(String tenant, String number, Duration earlier) {
        int sequence = Integer.parseInt(number.substring(number.indexOf('-') + 1));
        try (Connection connection = connect();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE ticket SET finished_at = finished_at - INTERVAL ? SECOND"
                                + " WHERE tenant_id = ? AND number = ? AND finished_at IS NOT NULL")) {
            update.setLong(1, earlier.toSeconds());
            update.setString(2, tenant);
            update.setInt(3, sequence);
            assertThat(update.executeUpdate())
                    .as("finished ticket %s of %s", number, tenant)
                    .isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the ticket's end back", e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                ItEnvironment.database().jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }
}
