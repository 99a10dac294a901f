package io.andes.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw JDBC twin of one API ticket opening, the same rows written in one transaction: take the tenant's next
 * number (one statement that moves the counter on under its lock and answers the new value), insert the ticket (every column the application fills, STANDARD tier and SLA terms
 * included), its first status entry and the SLA event recording its targets; {@link JdbcLoad} commits. It reads
 * nothing beyond the counter: the application's reads (duplicate warning, round robin, webhooks) are replayed by
 * {@link TicketCreationAsApp}, which runs these writes step by step between them.
 */
final class TicketCreation implements JdbcLoad.Transaction {

    private final PreparedStatement next;
    private final PreparedStatement ticket;
    private final PreparedStatement status;
    private final PreparedStatement slaEvent;

    TicketCreation(Connection connection) throws SQLException {
        this.next = connection.prepareStatement(TicketRows.NEXT_NUMBER, Statement.RETURN_GENERATED_KEYS);
        this.ticket = connection.prepareStatement(TicketRows.INSERT_TICKET);
        this.status = connection.prepareStatement(TicketRows.INSERT_STATUS);
        this.slaEvent = connection.prepareStatement(TicketRows.INSERT_SLA_EVENT);
    }

    @Override
    public String apply(String tenant) throws SQLException {
        TicketTexts.Content content = new TicketTexts(ThreadLocalRandom.current()).content();
        int number = nextNumber(tenant);
        Instant now = Instant.now();
        TicketRows.Sla sla = TicketRows.Sla.standard(now);
        String id = insertTicket(tenant, number, content, now, sla);
        insertStatus(tenant, id, now);
        insertSlaEvent(tenant, id, now, sla);
        return null;
    }

    /** Moves the tenant's ticket counter on, locked until the commit, and returns the new number. */
    int nextNumber(String tenant) throws SQLException {
        next.setString(1, tenant);
        next.executeUpdate();
        try (ResultSet taken = next.getGeneratedKeys()) {
            if (!taken.next()) {
                throw new SQLException("no number taken for tenant " + tenant);
            }
            return Math.toIntExact(taken.getLong(1));
        }
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
