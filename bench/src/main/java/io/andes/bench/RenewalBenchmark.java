package io.andes.bench;

import io.andes.core.security.Roles;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The renewal benchmark: seeds {@code --subscriptions} tenants with ended periods by bulk JDBC, lets the application's
 * own renewal run ({@code POST /api/v1/billing/renewal-runs}, {@code --runners} at once) invoice them all and times it
 * until the last invoice exists, verifies the result in the database (one invoice per subscription and period, every
 * line, gapless numbers), then inserts the same invoice and line rows again on raw JDBC batches for the ratio, and
 * reports ({@code renewal-bench.md}).
 */
public final class RenewalBenchmark implements Benchmark {

    static final Duration TARGET = Duration.ofSeconds(60);
    static final int TARGET_SUBSCRIPTIONS = 100_000;
    private static final Duration FIRST_SCHEDULED_RUN = Duration.ofMinutes(2);

    @Override
    public void run(BenchContext context) throws Exception {
        BenchOptions options = context.options();
        int subscriptions = options.subscriptions();
        JdbcLoad database = new JdbcLoad(context.jdbcUrl(), List.of());
        RenewalCheck check = new RenewalCheck(database);
        awaitFirstScheduledRun(check);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        System.out.printf("Seeding %,d subscriptions by bulk JDBC ...%n", subscriptions);
        Duration seeding = new RenewalSeeder(database, today, Instant.now()).seed(subscriptions);
        System.out.printf("Seeded in %s s%n", ReportParts.seconds(seeding));
        List<RenewalFixture> fixtures = IntStream.rangeClosed(1, subscriptions)
                .mapToObj(i -> new RenewalFixture(i, today))
                .toList();
        long expectedLines =
                fixtures.stream().mapToLong(RenewalFixture::expectedLines).sum();
        long expectedQuotaChanges = fixtures.stream()
                .mapToLong(RenewalFixture::expectedQuotaChanges)
                .sum();

        String loadBefore = ReportParts.loadAverage();
        System.out.printf("Renewal run(s): %d runner(s) until no candidate is left ...%n", options.runners());
        RenewalRuns runs = new RenewalRuns(context.http(), context.baseUrl(), context.staffToken(Roles.BILLING_STAFF));
        Progress progress = new Progress(check, subscriptions);
        List<String> answers;
        Duration drained;
        try {
            long start = System.nanoTime();
            answers = runs.drain(options.runners());
            drained = Duration.ofNanos(System.nanoTime() - start);
        } finally {
            progress.close();
        }
        String loadDuring = ReportParts.loadAverage();
        System.out.printf("Runs finished after %s s%n", ReportParts.seconds(drained));

        List<RenewalCheck.Fact> facts = check.verify(subscriptions, expectedLines, expectedQuotaChanges);
        System.out.println("Inserting the same invoices and lines on raw JDBC ...");
        Duration raw = new RawInvoiceInsert(database).run();
        RenewalReport report = new RenewalReport(
                options,
                seeding,
                progress.allInvoicedAfter().orElse(drained),
                drained,
                raw,
                expectedLines,
                facts,
                answers,
                loadBefore,
                loadDuring);
        context.report(report.console(), report.markdown());
        if (facts.stream().anyMatch(fact -> !fact.holds())) {
            throw new IllegalStateException("The renewal's result failed verification; see the report");
        }
    }

    /**
     * The application runs the renewal shortly after it starts; waiting for that run to finish keeps it from renewing
     * the subscriptions while they are being seeded, before the measured runs start.
     */
    private static void awaitFirstScheduledRun(RenewalCheck check) throws Exception {
        System.out.println("Waiting for the application's first scheduled renewal run to finish ...");
        long deadline = System.nanoTime() + FIRST_SCHEDULED_RUN.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.single("SELECT COUNT(*) FROM renewal_run WHERE finished_at IS NOT NULL") > 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("No scheduled renewal run finished within " + FIRST_SCHEDULED_RUN);
    }

    /** Polls the invoice count every quarter second, prints it every five, and notes when all exist. */
    private static final class Progress implements AutoCloseable {
        private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "renewal-progress");
            thread.setDaemon(true);
            return thread;
        });
        private final long start = System.nanoTime();
        private final AtomicLong doneAt = new AtomicLong(-1);
        private final AtomicLong polls = new AtomicLong();

        Progress(RenewalCheck check, int subscriptions) {
            poller.scheduleAtFixedRate(
                    () -> {
                        try {
                            long invoices = check.invoices();
                            long elapsed = System.nanoTime() - start;
                            if (invoices >= subscriptions) {
                                doneAt.compareAndSet(-1, elapsed);
                            }
                            if (polls.incrementAndGet() % 20 == 0) {
                                System.out.printf(
                                        "  %,d invoices after %.0f s (load %s)%n",
                                        invoices, elapsed / 1e9, ReportParts.loadAverage());
                            }
                        } catch (SQLException e) {
                            System.out.println("  progress: " + e.getMessage());
                        }
                    },
                    250,
                    250,
                    TimeUnit.MILLISECONDS);
        }

        Optional<Duration> allInvoicedAfter() {
            long at = doneAt.get();
            return at < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(at));
        }

        @Override
        public void close() {
            poller.shutdownNow();
        }
    }
}
