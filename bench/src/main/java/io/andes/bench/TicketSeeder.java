package io.andes.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills each tenant's ticket history straight into the database, far faster than the API could: {@code perTenant}
 * tickets numbered 1 and up with their first status entry, in batches that Connector/J rewrites into multi-row
 * INSERTs, one transaction per tenant, and the tenant's counter set to the last number. Then refreshes the
 * optimizer's statistics so the plans measured are the ones a settled database would choose.
 */
final class TicketSeeder {

    static final int BATCH = 500;
    static final int CONNECTIONS = 3;

    private final JdbcLoad database;
    private final int perTenant;
    private final Instant now;

    TicketSeeder(JdbcLoad database, int perTenant, Instant now) {
        this.database = database;
        this.perTenant = perTenant;
        this.now = now;
    }

    /** Seeds every tenant with {@link #CONNECTIONS} connections in parallel; returns how long it took. */
    Duration seed(List<String> tenants) throws Exception {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                workers.add(pool.submit(() -> {
                    work(tenants, next, done, start);
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        analyze();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void work(List<String> tenants, AtomicInteger next, AtomicInteger done, long start) throws SQLException {
        try (Connection connection = database.open();
                PreparedStatement tickets = connection.prepareStatement(TicketRows.INSERT_TICKET);
                PreparedStatement statuses = connection.prepareStatement(TicketRows.INSERT_STATUS);
                PreparedStatement counter = connection.prepareStatement(TicketRows.SET_COUNTER)) {
            for (int i = next.getAndIncrement(); i < tenants.size(); i = next.getAndIncrement()) {
                String tenant = tenants.get(i);
                seedTenant(tenant, new TicketTexts(new Random(tenant.hashCode())), tickets, statuses);
                counter.setString(1, tenant);
                counter.setInt(2, perTenant);
                counter.executeUpdate();
                connection.commit();
                progress(done.incrementAndGet(), tenants.size(), start);
            }
        }
    }

    private void seedTenant(String tenant, TicketTexts texts, PreparedStatement tickets, PreparedStatement statuses)
            throws SQLException {
        for (int number = 1; number <= perTenant; number++) {
            TicketTexts.HistoryTicket seeded = texts.historyTicket(now);
            String id = UUID.randomUUID().toString();
            TicketRows.bindTicket(
                    tickets,
                    tenant,
                    id,
                    number,
                    seeded.content(),
                    seeded.status(),
                    seeded.createdAt(),
                    seeded.updatedAt(),
                    seeded.finishedAt(),
                    TicketRows.Sla.NONE);
            tickets.addBatch();
            TicketRows.bindStatus(statuses, tenant, UUID.randomUUID().toString(), id, seeded.createdAt());
            statuses.addBatch();
            if (number % BATCH == 0 || number == perTenant) {
                tickets.executeBatch();
                statuses.executeBatch();
            }
        }
    }

    private static void progress(int done, int total, long start) {
        if (done % 100 == 0 || done == total) {
            System.out.printf(
                    "  tickets of %d/%d tenants seeded (%.0f s)%n", done, total, (System.nanoTime() - start) / 1e9);
        }
    }

    private void analyze() throws SQLException {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE ticket, ticket_status_change, ticket_counter");
            connection.commit();
        }
    }
}
