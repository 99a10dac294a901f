package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

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

    /**
     * As if {@code days} had passed for the tenant's automatic charges still to be retried: their first failure and
     * next attempt move back, so the retry schedule (days after the first failure) comes due.
     */
    static void autoChargeDaysPassed(String tenant, int days) {
        assertThat(autoChargesMovedBack(tenant, Duration.ofDays(days), "next_attempt_at IS NOT NULL"))
                .as("automatic charges of %s still to retry", tenant)
                .isEqualTo(1);
    }

    /** As if the tenant's open checkouts had been opened {@code hours} earlier (their expiry with them). */
    static void checkoutsOpenedEarlier(String tenant, int hours) {
        assertThat(update(
                        "UPDATE payment SET started_at = started_at - INTERVAL ? HOUR,"
                                + " checkout_expires_at = checkout_expires_at - INTERVAL ? HOUR"
                                + " WHERE tenant_id = ? AND status = 'PENDING' AND checkout_url IS NOT NULL",
                        hours,
                        hours,
                        tenant))
                .as("open checkouts of %s", tenant)
                .isEqualTo(1);
    }

    /** The id of the tenant's invoice {@code number}. */
    static String invoiceId(String tenant, String number) {
        try (Connection connection = connect();
                PreparedStatement select =
                        connection.prepareStatement("SELECT id FROM invoice WHERE tenant_id = ? AND number = ?")) {
            select.setString(1, tenant);
            select.setString(2, number);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("invoice %s of %s", number, tenant).isTrue();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the invoice", e);
        }
    }

    private static int update(String sql, int first, int second, String tenant) {
        try (Connection connection = connect();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setInt(1, first);
            update.setInt(2, second);
            update.setString(3, tenant);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not let time pass", e);
        }
    }

    /**
     * As if the tenant's failing automatic payments had first failed {@code earlier} before they did: their retries are
     * due at once, so the job tries them again now, and after the last one flags the tenant.
     */
    static void autoChargesFailedEarlier(String tenant, Duration earlier) {
        assertThat(autoChargesMovedBack(
                        tenant, earlier, "first_failure_at IS NOT NULL AND next_attempt_at IS NOT NULL"))
                .as("failing automatic payments of %s", tenant)
                .isPositive();
    }

    /** Moves the first failure and the next attempt of the tenant's automatic charges that match {@code which} back. */
    private static int autoChargesMovedBack(String tenant, Duration by, String which) {
        try (Connection connection = connect();
                PreparedStatement update = connection.prepareStatement("UPDATE auto_charge"
                        + " SET first_failure_at = first_failure_at - INTERVAL ? SECOND,"
                        + " next_attempt_at = next_attempt_at - INTERVAL ? SECOND"
                        + " WHERE tenant_id = ? AND " + which)) {
            update.setLong(1, by.toSeconds());
            update.setLong(2, by.toSeconds());
            update.setString(3, tenant);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the automatic payments back", e);
        }
    }

    /**
     * Runs {@code work} while another transaction holds the refund request's row, as the gateway job does while it
     * refunds it.
     */
    static <T> T whileRefundHeld(String tenant, String id, Supplier<T> work) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT id FROM credit_ledger WHERE tenant_id = ? AND id = ? FOR UPDATE")) {
                lock.setString(1, tenant);
                lock.setString(2, id);
                try (ResultSet row = lock.executeQuery()) {
                    assertThat(row.next())
                            .as("refund request %s of %s", id, tenant)
                            .isTrue();
                }
                return work.get();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hold the refund request", e);
        }
    }

    /** As if the retry time of the tenant's refund request {@code id} had come: the job tries it on its next pass. */
    static void refundDueNow(String tenant, String id) {
        try (Connection connection = connect();
                PreparedStatement update = connection.prepareStatement("UPDATE credit_ledger"
                        + " SET refund_next_at = refund_next_at - INTERVAL 1 DAY"
                        + " WHERE tenant_id = ? AND id = ? AND refund_status = 'PENDING'")) {
            update.setString(1, tenant);
            update.setString(2, id);
            assertThat(update.executeUpdate())
                    .as("pending refund %s of %s", id, tenant)
                    .isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the refund due", e);
        }
    }

    /** The gateway reference the tenant's refund request {@code id} was closed under (null while pending). */
    static String refundReference(String tenant, String id) {
        try (Connection connection = connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT refund_reference FROM credit_ledger WHERE tenant_id = ? AND id = ?")) {
            select.setString(1, tenant);
            select.setString(2, id);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next())
                        .as("refund request %s of %s", id, tenant)
                        .isTrue();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the refund request", e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                ItEnvironment.database().jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }
}
