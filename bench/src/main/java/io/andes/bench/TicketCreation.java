package io.andes.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw JDBC twin of one API ticket opening, the same rows written in one transaction: lock the tenant's counter,
 * take the next number, insert the ticket (every column the application fills, STANDARD tier and SLA terms
 * included), its first status entry and the SLA event recording its targets; {@link JdbcLoad} commits. It reads
 * nothing beyond the counter: the application's reads (duplicate warning, round robin, webhooks) are replayed by
 * {@link TicketCreationAsApp}, which runs these writes step by step between them.
 */
final class TicketCreation implements JdbcLoad.Transaction {

    private final PreparedStatement lock;
    private final PreparedStatement update;
    private final PreparedStatement ticket;
    private final PreparedStatement status;
    private final PreparedStatement slaEvent;

    TicketCreation(Connection connection) throws SQLException {
        this.lock = connection.prepareStatement(TicketRows.LOCK_COUNTER);
        this.update = connection.prepareStatement(TicketRows.UPDATE_COUNTER);
        this.ticket = connection.prepareStatement(TicketRows.INSERT_TICKET);
        this.status = connection.prepareStatement(TicketRows.INSERT_STATUS);
        this.slaEvent = connection.prepareStatement(TicketRows.INSERT_SLA_EVENT);
    }

    @Override
    public String apply(String tenant) throws SQLException {
        TicketTexts.Content content = new TicketTexts(ThreadLocalRandom.current()).content();
        int number = lockCounter(tenant);
        if (number < 0) {
            return noCounter(tenant);
        }
        updateCounter(tenant, number);
        Instant now = Instant.now();
        TicketRows.Sla sla = TicketRows.Sla.standard(now);
        String id = insertTicket(tenant, number, content, now, sla);
        insertStatus(tenant, id, now);
        insertSlaEvent(tenant, id, now, sla);
        return null;
    }

    static String noCounter(String tenant) {
        return "no ticket counter for tenant " + tenant;
    }

    /** Locks the tenant's ticket counter; the next number, or -1 when the tenant has no counter. */
    int lockCounter(String tenant) throws SQLException {
        lock.setString(1, tenant);
        try (ResultSet row = lock.executeQuery()) {
            return row.next() ? row.getInt(1) + 1 : -1;
        }
    }

    void updateCounter(String tenant, int number) throws SQLException {
        update.setInt(1, number);
        update.setString(2, tenant);
        update.executeUpdate();
    }

    /** Inserts a new ticket (status NUEVO) and returns its id. */
    String insertTicket(String tenant, int number, TicketTexts.Content content, Instant now, TicketRows.Sla sla)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        TicketRows.bindTicket(ticket, tenant, id, number, content, "NUEVO", now, now, null, sla);
        ticket.executeUpdate();
        return id;
    }

    void insertStatus(String tenant, String ticketId, Instant now) throws SQLException {
        TicketRows.bindStatus(status, tenant, UUID.randomUUID().toString(), ticketId, now);
        status.executeUpdate();
    }

    void insertSlaEvent(String tenant, String ticketId, Instant now, TicketRows.Sla sla) throws SQLException {
        TicketRows.bindSlaEvent(slaEvent, tenant, UUID.randomUUID().toString(), ticketId, now, sla);
        slaEvent.executeUpdate();
    }
}
