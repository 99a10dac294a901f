package io.andes.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/**
 * The rows one ticket opening writes, as the application writes them (V5): the ticket with every mapped column and
 * its first status entry; the seeder batches these statements and the raw create transaction runs them one by one.
 */
final class TicketRows {

    static final String INSERT_TICKET = "INSERT INTO ticket (tenant_id, id, number, service_code, category_id,"
            + " queue_code, subject, description, contact_phone, requester_id, requester_name, status, finished_at,"
            + " merge_target, assignee, first_response_at, created_at, updated_at, attachment_count, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, 0, 1)";
    static final String INSERT_STATUS =
            "INSERT INTO ticket_status_change (tenant_id, id, ticket_id, status, changed_at)"
                    + " VALUES (?, ?, ?, 'NUEVO', ?)";
    static final String LOCK_COUNTER =
            "SELECT last_value FROM ticket_counter WHERE tenant_id = ? AND kind = 'TICKET' FOR UPDATE";
    static final String UPDATE_COUNTER =
            "UPDATE ticket_counter SET last_value = ? WHERE tenant_id = ? AND kind = 'TICKET'";
    static final String SET_COUNTER = "INSERT INTO ticket_counter (tenant_id, kind, last_value) VALUES (?, 'TICKET', ?)"
            + " ON DUPLICATE KEY UPDATE last_value = VALUES(last_value)";

    private TicketRows() {}

    /** Who opens the benchmark's tickets in a tenant: the user of the tenant's token. */
    static String requester(String tenant) {
        return "bench@" + tenant;
    }

    /** Binds the ticket insert; {@code finishedAt} may be null. */
    static void bindTicket(
            PreparedStatement insert,
            String tenant,
            String id,
            int number,
            TicketTexts.Content content,
            String status,
            Instant createdAt,
            Instant updatedAt,
            Instant finishedAt)
            throws SQLException {
        insert.setString(1, tenant);
        insert.setString(2, id);
        insert.setInt(3, number);
        insert.setString(4, content.leaf().service());
        insert.setLong(5, content.leaf().id());
        insert.setString(6, content.leaf().queue());
        insert.setString(7, content.subject());
        insert.setString(8, content.description());
        insert.setString(9, requester(tenant));
        insert.setString(10, requester(tenant));
        insert.setString(11, status);
        if (finishedAt == null) {
            insert.setNull(12, Types.TIMESTAMP);
        } else {
            insert.setTimestamp(12, Timestamp.from(finishedAt));
        }
        insert.setTimestamp(13, Timestamp.from(createdAt));
        insert.setTimestamp(14, Timestamp.from(updatedAt));
    }

    static void bindStatus(PreparedStatement insert, String tenant, String id, String ticketId, Instant at)
            throws SQLException {
        insert.setString(1, tenant);
        insert.setString(2, id);
        insert.setString(3, ticketId);
        insert.setTimestamp(4, Timestamp.from(at));
    }
}
