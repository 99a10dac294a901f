package io.andes.bench;

import io.andes.ticketing.domain.ticket.FoldedText;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The rows one ticket opening writes, as the application writes them (V5, V7, V9): the ticket with every mapped
 * column (tier, priority and SLA terms included), its first status entry and the SLA event that records its targets;
 * the seeder batches the ticket and status statements, the raw create transactions run them one by one.
 */
final class TicketRows {

    static final String INSERT_TICKET = "INSERT INTO ticket (tenant_id, id, number, service_code, category_id,"
            + " queue_code, subject, description, search_text, contact_phone, requester_id, requester_name, status, finished_at,"
            + " merge_target, reopened_from, assignee, first_response_at, created_at, updated_at, attachment_count,"
            + " request_number, effective_date, support_tier, priority, sla_clause, first_response_due,"
            + " resolution_due, first_response_breached_at, resolution_breached_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, NULL, NULL, NULL, ?, ?, 0,"
            + " NULL, NULL, 'STANDARD', 'NORMAL', ?, ?, ?, NULL, NULL, 1)";
    static final String INSERT_STATUS =
            "INSERT INTO ticket_status_change (tenant_id, id, ticket_id, status, changed_at)"
                    + " VALUES (?, ?, ?, 'NUEVO', ?)";
    static final String INSERT_SLA_EVENT = "INSERT INTO sla_event (tenant_id, id, ticket_id, kind, occurred_at, detail)"
            + " VALUES (?, ?, ?, 'TARGETS_SET', ?, ?)";
    /**
     * The tenant's next ticket number in one statement, as the application takes it ({@code CounterRows}): the row
     * created when absent, moved on and locked when present, the new value answered as the last insert id.
     */
    static final String NEXT_NUMBER = "INSERT INTO ticket_counter (tenant_id, kind, last_value)"
            + " VALUES (?, 'TICKET', LAST_INSERT_ID(1))"
            + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)";

    static final String SET_COUNTER = "INSERT INTO ticket_counter (tenant_id, kind, last_value) VALUES (?, 'TICKET', ?)"
            + " ON DUPLICATE KEY UPDATE last_value = VALUES(last_value)";

    /** The STANDARD tier's policy as V9 seeds it (the benchmark's tenants are all on it). */
    static final String STANDARD_CLAUSE = "Cláusula 12";

    static final Duration STANDARD_FIRST_RESPONSE = Duration.ofMinutes(480);
    static final Duration STANDARD_RESOLUTION = Duration.ofMinutes(2400);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /**
     * The SLA terms written on a ticket: none for the seeded history (so the SLA sweeps find nothing overdue to act
     * on during the measurements), the STANDARD tier's for a new ticket.
     */
    record Sla(String clause, Instant firstResponseDue, Instant resolutionDue) {

        static final Sla NONE = new Sla(null, null, null);

        /**
         * The STANDARD terms of a ticket opened at {@code opened}. The app counts business hours on the tenant's
         * calendar; plain hours here give other instants but the same columns and the same amount of work.
         */
        static Sla standard(Instant opened) {
            return new Sla(STANDARD_CLAUSE, opened.plus(STANDARD_FIRST_RESPONSE), opened.plus(STANDARD_RESOLUTION));
        }

        /** The detail of the TARGETS_SET event, worded and sized as the application's. */
        String detail() {
            return clause + " (Estándar): primera respuesta " + STANDARD_FIRST_RESPONSE.toHours()
                    + " h hábiles, vence " + local(firstResponseDue) + "; resolución "
                    + STANDARD_RESOLUTION.toHours() + " h hábiles, vence " + local(resolutionDue) + ".";
        }

        private static String local(Instant at) {
            return LOCAL.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

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
            Instant finishedAt,
            Sla sla)
            throws SQLException {
        insert.setString(1, tenant);
        insert.setString(2, id);
        insert.setInt(3, number);
        insert.setString(4, content.leaf().service());
        insert.setLong(5, content.leaf().id());
        insert.setString(6, content.leaf().queue());
        insert.setString(7, content.subject());
        insert.setString(8, content.description());
        insert.setString(9, FoldedText.of(content.subject() + "\n" + content.description()));
        insert.setString(10, requester(tenant));
        insert.setString(11, requester(tenant));
        insert.setString(12, status);
        setInstant(insert, 13, finishedAt);
        insert.setTimestamp(14, Timestamp.from(createdAt));
        insert.setTimestamp(15, Timestamp.from(updatedAt));
        if (sla.clause() == null) {
            insert.setNull(16, Types.VARCHAR);
        } else {
            insert.setString(16, sla.clause());
        }
        setInstant(insert, 17, sla.firstResponseDue());
        setInstant(insert, 18, sla.resolutionDue());
    }

    static void bindStatus(PreparedStatement insert, String tenant, String id, String ticketId, Instant at)
            throws SQLException {
        insert.setString(1, tenant);
        insert.setString(2, id);
        insert.setString(3, ticketId);
        insert.setTimestamp(4, Timestamp.from(at));
    }

    static void bindSlaEvent(PreparedStatement insert, String tenant, String id, String ticketId, Instant at, Sla sla)
            throws SQLException {
        insert.setString(1, tenant);
        insert.setString(2, id);
        insert.setString(3, ticketId);
        insert.setTimestamp(4, Timestamp.from(at));
        insert.setString(5, sla.detail());
    }

    private static void setInstant(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(at));
        }
    }
}
