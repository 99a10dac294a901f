package io.andes.bench;

import io.andes.app.dev.DevPlatform;
import io.andes.core.security.Roles;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every benchmark shares once the platform runs: the options, one HTTP client, tokens from the test signer, the
 * tenants seeded through the API, the database's JDBC URL, and the measuring of one load level with its console line.
 */
public final class BenchContext implements AutoCloseable {

    public static final List<Integer> LEVELS = List.of(1, 16, 64);
    static final int SEEDING_CLIENTS = 16;
    static final Duration TOKEN_VALIDITY = Duration.ofHours(2);

    private final DevPlatform platform;
    private final BenchOptions options;
    private final ExecutorService httpExecutor;
    private final HttpClient http;

    BenchContext(DevPlatform platform, BenchOptions options) {
        this.platform = platform;
        this.options = options;
        int threads = Math.max(
                SEEDING_CLIENTS,
                LEVELS.stream().mapToInt(Integer::intValue).max().orElse(1));
        this.httpExecutor = Executors.newFixedThreadPool(threads, daemon("http-"));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(httpExecutor)
                .build();
    }

    public BenchOptions options() {
        return options;
    }

    public HttpClient http() {
        return http;
    }

    public String baseUrl() {
        return platform.payara().baseUrl();
    }

    public String jdbcUrl() {
        return platform.database().jdbcUrl();
    }

    public Duration warmup() {
        return Duration.ofSeconds(options.warmupSeconds());
    }

    public Duration window() {
        return Duration.ofSeconds(options.seconds());
    }

    public Duration jitWarmup() {
        return Duration.ofSeconds(options.jitWarmupSeconds());
    }

    /** The tenants created through the API as a platform admin, with how long that took. */
    public record SeededTenants(List<String> codes, Duration took) {}

    public SeededTenants seedTenants() throws Exception {
        String admin =
                platform.tokens().token("bench-admin@andes.dev", null, List.of(Roles.PLATFORM_ADMIN), TOKEN_VALIDITY);
        System.out.println("Seeding " + options.tenants() + " tenants with " + SEEDING_CLIENTS + " clients ...");
        long start = System.nanoTime();
        List<String> codes = new TenantSeeder(http, baseUrl(), admin).seed(options.tenants(), SEEDING_CLIENTS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("Seeded " + codes.size() + " tenants in " + ReportParts.seconds(took) + " s");
        return new SeededTenants(codes, took);
    }

    /** A vendor staff member's token with {@code role} (no tenant). */
    public String staffToken(String role) {
        return platform.tokens().token("bench-" + role + "@andes.dev", null, List.of(role), TOKEN_VALIDITY);
    }

    /** One tenant user's token per tenant, in the tenants' order. */
    public List<String> userTokens(List<String> tenants) {
        return tenants.stream()
                .map(tenant ->
                        platform.tokens().token("bench@" + tenant, tenant, List.of(Roles.TENANT_USER), TOKEN_VALIDITY))
                .toList();
    }

    /** A load that runs {@code clients} for a warm-up and a measured window. */
    @FunctionalInterface
    public interface Load {
        LoadResult run(int clients, Duration warmup, Duration window) throws Exception;
    }

    /**
     * A server JVM runs interpreted code until its JIT has compiled the hot paths, and compiles again whatever a new
     * load shape deoptimizes (a branch, a type the first profile never saw: a profiler showed the compiler threads
     * taking half of the server's CPU at 1 client and a quarter at 16 after a warm-up at 64 clients alone). So the JIT
     * warm-up runs {@code load} twice through every level, in the measured order, not reported, and the levels
     * measure the steady state.
     */
    public void warmUpJit(String side, Load load) throws Exception {
        Duration step = jitWarmup().dividedBy(2L * LEVELS.size());
        Duration window = Duration.ofSeconds(1);
        for (int pass = 0; pass < 2; pass++) {
            for (int clients : LEVELS) {
                measure(side + " JIT warm-up (not reported)", clients, step, window, load);
            }
        }
    }

    /** Runs one level with the options' warm-up and window. */
    public LoadResult measure(String side, int clients, Load load) throws Exception {
        return measure(side, clients, warmup(), window(), load);
    }

    private LoadResult measure(String side, int clients, Duration warmup, Duration window, Load load) throws Exception {
        System.out.printf(
                "%s, %d clients: %d s warm-up + %d s measured ...%n",
                side, clients, warmup.toSeconds(), window.toSeconds());
        LoadResult result = load.run(clients, warmup, window);
        System.out.printf(
                "  %.1f ops/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, %d errors (%d in warm-up)%n",
                result.throughput(),
                result.p50Millis(),
                result.p95Millis(),
                result.p99Millis(),
                result.maxMillis(),
                result.errors(),
                result.warmupErrors());
        if (result.firstError() != null) {
            System.out.println("  first error: " + result.firstError());
        }
        return result;
    }

    /** Prints the console text and writes the Markdown report where the options say. */
    public void report(String console, String markdown) throws IOException {
        System.out.println();
        System.out.print(console);
        Files.createDirectories(options.report().getParent());
        Files.writeString(options.report(), markdown);
        System.out.println("Report written to " + options.report());
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        httpExecutor.shutdownNow();
    }
}
