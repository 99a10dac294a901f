package io.andes.bench;

import io.andes.app.dev.SyntheticTaxIds;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the renewal benchmark's data straight into the database, as the application would have left it: per
 * {@link RenewalFixture} a tenant with its quotas (the plan's, raised by its add-ons), its subscription whose period has
 * ended, its add-ons and, for some, a store order whose lines left pending charges. Batches that Connector/J rewrites
 * into multi-row INSERTs, {@link #CONNECTIONS} connections, one transaction per {@link #CHUNK} tenants.
 */
final class RenewalSeeder {

    static final int CHUNK = 500;
    static final int CONNECTIONS = 3;
    static final int RUT_BASE = 70_000_000;

    private static final String TENANT = "INSERT INTO tenant (id, legal_name, country, tax_id, currency, time_zone,"
            + " plan_code, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)";
    private static final String ENTITLEMENT = "INSERT INTO entitlement (tenant_id, type, included, additional, used,"
            + " period_start, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)";
    private static final String SUBSCRIPTION = "INSERT INTO subscription (tenant_id, id, plan_code, billing_period,"
            + " currency, period_start, period_end, anchor_day, created_at, updated_at)"
            + " VALUES (?, ?, ?, 'MONTHLY', ?, ?, ?, ?, ?, ?)";
    private static final String ADD_ON = "INSERT INTO subscription_addon (tenant_id, addon_code, quantity,"
            + " renewal_quantity, updated_at) VALUES (?, ?, ?, ?, ?)";
    private static final String ORDER = "INSERT INTO store_order (tenant_id, id, number, mode, status, currency,"
            + " prorated_net, prorated_tax, prorated_total, recurring_net, tax_percent, quote_fingerprint,"
            + " idempotency_key, request_hash, ordered_by_id, ordered_by, ordered_at, activated_at)"
            + " VALUES (?, ?, 1, 'RENEWAL', 'ACTIVATED', ?, ?, 0, ?, 0, 0, ?, ?, ?, 'bench', 'bench', ?, ?)";
    private static final String ORDER_LINE = "INSERT INTO store_order_line (tenant_id, id, order_id, position,"
            + " addon_code, quantity, unit_price, renewal_unit_price, activated_on, period_start, period_end,"
            + " days_remaining, days_in_period, prorated_amount, recurring_amount)"
            + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CHARGE = "INSERT INTO pending_charge (tenant_id, id, order_id, order_line_id,"
            + " description, currency, amount, status, due_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)";

    /** An add-on of the catalog: which quota it raises and by how much per unit. */
    private record CatalogAddOn(String entitlementType, int unitsPerQuantity) {}

    private final JdbcLoad database;
    private final LocalDate today;
    private final Timestamp now;
    private Map<String, CatalogAddOn> addOns;
    private Map<String, Map<String, Integer>> quotas;

    RenewalSeeder(JdbcLoad database, LocalDate today, Instant now) {
        this.database = database;
        this.today = today;
        this.now = Timestamp.from(now);
    }

    /** Seeds subscriptions 1 to {@code count}; returns how long it took. */
    Duration seed(int count) throws Exception {
        long start = System.nanoTime();
        readCatalog();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                workers.add(pool.submit(() -> {
                    work(count, next, start);
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE tenant, entitlement, subscription, subscription_addon, store_order,"
                    + " store_order_line, pending_charge");
            connection.commit();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void readCatalog() throws SQLException {
        addOns = new HashMap<>();
        quotas = new HashMap<>();
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows =
                    statement.executeQuery("SELECT code, entitlement_type, units_per_quantity FROM store_addon")) {
                while (rows.next()) {
                    addOns.put(rows.getString(1), new CatalogAddOn(rows.getString(2), rows.getInt(3)));
                }
            }
            try (ResultSet rows =
                    statement.executeQuery("SELECT plan_code, entitlement_type, quantity FROM plan_quota")) {
                while (rows.next()) {
                    quotas.computeIfAbsent(rows.getString(1), plan -> new HashMap<>())
                            .put(rows.getString(2), rows.getInt(3));
                }
            }
            connection.commit();
        }
    }

    private void work(int count, AtomicInteger next, long start) throws SQLException {
        try (Connection connection = database.open();
                Statements statements = new Statements(connection)) {
            for (int first = next.getAndAdd(CHUNK) + 1; first <= count; first = next.getAndAdd(CHUNK) + 1) {
                int last = Math.min(count, first + CHUNK - 1);
                for (int i = first; i <= last; i++) {
                    bind(new RenewalFixture(i, today), statements);
                }
                statements.executeAll();
                connection.commit();
                if (last % 10_000 < CHUNK || last == count) {
                    System.out.printf(
                            "  %,d/%,d subscriptions seeded (%.0f s)%n",
                            last, count, (System.nanoTime() - start) / 1e9);
                }
            }
        }
    }

    private void bind(RenewalFixture fixture, Statements s) throws SQLException {
        String tenant = fixture.tenant();
        var country = fixture.country();
        String currency = country.currency().getCurrencyCode();
        batch(
                s.tenants,
                tenant,
                "Renovación " + fixture.index() + " SpA",
                country.name(),
                SyntheticTaxIds.withCheckDigit(country, RUT_BASE + fixture.index()),
                currency,
                country.zone().getId(),
                fixture.plan(),
                now);
        Map<String, Integer> additional = new HashMap<>();
        for (RenewalFixture.Held held : fixture.addOns()) {
            CatalogAddOn addOn = addOns.get(held.code());
            if (addOn.entitlementType() != null) {
                additional.merge(addOn.entitlementType(), held.quantity() * addOn.unitsPerQuantity(), Integer::sum);
            }
            batch(s.addOns, tenant, held.code(), held.quantity(), held.renewalQuantity(), now);
        }
        for (Map.Entry<String, Integer> quota : quotas.get(fixture.plan()).entrySet()) {
            batch(
                    s.entitlements,
                    tenant,
                    quota.getKey(),
                    quota.getValue(),
                    additional.getOrDefault(quota.getKey(), 0),
                    Date.valueOf(fixture.periodStart()),
                    now);
        }
        LocalDate periodStart = fixture.periodStart();
        LocalDate periodEnd = fixture.periodEnd();
        batch(
                s.subscriptions,
                tenant,
                UUID.randomUUID().toString(),
                fixture.plan(),
                currency,
                Date.valueOf(periodStart),
                Date.valueOf(periodEnd),
                periodEnd.getDayOfMonth(),
                now,
                now);
        bindCharges(fixture, currency, s);
    }

    /** One store order per subscription with charges: a line and a pending charge per charged add-on. */
    private void bindCharges(RenewalFixture fixture, String currency, Statements s) throws SQLException {
        List<RenewalFixture.Charge> charges = fixture.charges();
        if (charges.isEmpty()) {
            return;
        }
        String tenant = fixture.tenant();
        String order = UUID.randomUUID().toString();
        long total = charges.stream().mapToLong(RenewalFixture.Charge::amount).sum();
        String key = "bench-" + fixture.index();
        batch(s.orders, tenant, order, currency, total, total, "0".repeat(64), key, "0".repeat(64), now, now);
        LocalDate start = fixture.periodStart();
        LocalDate end = fixture.periodEnd();
        int days = (int) (end.toEpochDay() - start.toEpochDay());
        LocalDate activated = start.plusDays(days / 2);
        int remaining = (int) (end.toEpochDay() - activated.toEpochDay());
        int position = 0;
        for (RenewalFixture.Charge charge : charges) {
            String line = UUID.randomUUID().toString();
            batch(
                    s.orderLines,
                    tenant,
                    line,
                    order,
                    ++position,
                    charge.addOnCode(),
                    charge.amount() * 2,
                    charge.amount() * 2,
                    Date.valueOf(activated),
                    Date.valueOf(start),
                    Date.valueOf(end),
                    remaining,
                    days,
                    charge.amount(),
                    charge.amount() * 2);
            String description = "1 × " + charge.addOnCode() + ", " + remaining + "/" + days + " días del " + activated
                    + " al " + end.minusDays(1);
            batch(
                    s.charges,
                    tenant,
                    UUID.randomUUID().toString(),
                    order,
                    line,
                    description,
                    currency,
                    charge.amount(),
                    Date.valueOf(end),
                    now);
        }
    }

    private static void batch(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    /** The seeding statements of one connection, executed in foreign-key order. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement tenants;
        final PreparedStatement entitlements;
        final PreparedStatement subscriptions;
        final PreparedStatement addOns;
        final PreparedStatement orders;
        final PreparedStatement orderLines;
        final PreparedStatement charges;

        Statements(Connection connection) throws SQLException {
            tenants = connection.prepareStatement(TENANT);
            entitlements = connection.prepareStatement(ENTITLEMENT);
            subscriptions = connection.prepareStatement(SUBSCRIPTION);
            addOns = connection.prepareStatement(ADD_ON);
            orders = connection.prepareStatement(ORDER);
            orderLines = connection.prepareStatement(ORDER_LINE);
            charges = connection.prepareStatement(CHARGE);
        }

        List<PreparedStatement> inOrder() {
            return List.of(tenants, entitlements, subscriptions, addOns, orders, orderLines, charges);
        }

        void executeAll() throws SQLException {
            for (PreparedStatement statement : inOrder()) {
                statement.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : inOrder()) {
                statement.close();
            }
        }
    }
}
