package io.andes.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every statement the application sends to open a ticket, in its order, on raw JDBC in one transaction: the next
 * number (the counter moved on under its lock in one statement), the ticket, its first status entry, the SLA event
 * (written before the next read flushes it), the tenant's webhook endpoints (for {@code ticket.created}; none in the
 * benchmark, so nothing is queued) and the round robin's lock of the queue's agents, taken last (none are configured
 * in the benchmark, so nothing is updated). Catalog, tier, SLA policy and tenant come from the application's in-memory
 * caches and the answer reads nothing more, so they send nothing. Set against the API it separates the database's
 * share of an opening from the application server's.
 */
final class TicketCreationAsApp implements JdbcLoad.Transaction {

    /** {@code JpaDeskCatalog.lockAgents}: the queue's agents, locked while the next one in turn is chosen. */
    static final String LOCK_AGENTS = "SELECT queue_code, username, last_assigned_at FROM queue_agent"
            + " WHERE queue_code = ? ORDER BY username FOR UPDATE";
    /**
     * {@code JpaWebhookEndpointRepository.all}, read by {@code Webhooks.publish} for {@code ticket.created}: every
     * endpoint of the tenant; the active ones subscribed to the event are chosen in Java.
     */
    static final String WEBHOOKS = "SELECT id, active, created_at, events, secret, url, tenant_id"
            + " FROM webhook_endpoint WHERE tenant_id = ? ORDER BY created_at, id";

    private final TicketCreation writes;
    private final PreparedStatement agents;
    private final PreparedStatement webhooks;

    TicketCreationAsApp(Connection connection) throws SQLException {
        this.writes = new TicketCreation(connection);
        this.agents = connection.prepareStatement(LOCK_AGENTS);
        this.webhooks = connection.prepareStatement(WEBHOOKS);
    }

    @Override
    public String apply(String tenant) throws SQLException {
        TicketTexts.Content content = new TicketTexts(ThreadLocalRandom.current()).content();
        int number = writes.nextNumber(tenant);
        Instant now = Instant.now();
        TicketRows.Sla sla = TicketRows.Sla.standard(now);
        String id = writes.insertTicket(tenant, number, content, now, sla);
        writes.insertStatus(tenant, id, now);
        writes.insertSlaEvent(tenant, id, now, sla);
        webhooks.setString(1, tenant);
        read(webhooks);
        agents.setString(1, content.leaf().queue());
        read(agents);
        return null;
    }

    /** Reads every column of every row, as the application does when it builds its objects. */
    private static void read(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
    }
}
