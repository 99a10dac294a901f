package io.andes.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw JDBC twin of one API ticket opening, the same rows in one transaction: lock the tenant's counter, take the
 * next number, insert the ticket and its first status entry; {@link JdbcLoad} commits. The API additionally reads the
 * catalog, the tenant's recent open tickets (duplicate warning) and the new ticket's messages and attachments.
 */
final class TicketCreation implements JdbcLoad.Transaction {

    private final PreparedStatement lock;
    private final PreparedStatement update;
    private final PreparedStatement ticket;
    private final PreparedStatement status;
    private String lastId;

    TicketCreation(Connection connection) throws SQLException {
        this.lock = connection.prepareStatement(TicketRows.LOCK_COUNTER);
        this.update = connection.prepareStatement(TicketRows.UPDATE_COUNTER);
        this.ticket = connection.prepareStatement(TicketRows.INSERT_TICKET);
        this.status = connection.prepareStatement(TicketRows.INSERT_STATUS);
    }

    /** The id of the ticket the last call opened. */
    String lastId() {
        return lastId;
    }

    @Override
    public String apply(String tenant) throws SQLException {
        return apply(tenant, new TicketTexts(ThreadLocalRandom.current()).content());
    }

    /** Opens a ticket with the given content; returns null when done, otherwise why not. */
    String apply(String tenant, TicketTexts.Content content) throws SQLException {
        int number;
        lock.setString(1, tenant);
        try (ResultSet row = lock.executeQuery()) {
            if (!row.next()) {
                return "no ticket counter for tenant " + tenant;
            }
            number = row.getInt(1) + 1;
        }
        update.setInt(1, number);
        update.setString(2, tenant);
        update.executeUpdate();
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        TicketRows.bindTicket(ticket, tenant, id, number, content, "NUEVO", now, now, null);
        ticket.executeUpdate();
        TicketRows.bindStatus(status, tenant, UUID.randomUUID().toString(), id, now);
        status.executeUpdate();
        lastId = id;
        return null;
    }
}
