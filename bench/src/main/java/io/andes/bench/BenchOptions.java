package io.andes.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's command-line options ({@code --name=value}), with defaults that keep clear of the dev run's ports
 * (8080, 13306, 12525, 12143, 18170, 18180, 18190; the benchmark's Keycloak listens on 18480 and 18490). Paths are
 * relative to the repository root, where {@code bench/run} starts the benchmark.
 */
public record BenchOptions(
        String benchmark,
        int port,
        int dbPort,
        int jwksPort,
        int jitWarmupSeconds,
        int warmupSeconds,
        int seconds,
        int tenants,
        int ticketsPerTenant,
        int subscriptions,
        int runners,
        Path home,
        Path war,
        Path payara,
        Path report) {

    public static final String ENTITLEMENTS = "entitlements";
    public static final String TICKETS = "tickets";
    public static final String RENEWAL = "renewal";

    private static final Map<String, String> DEFAULTS = defaults();
    /** The report's file name in {@code bench/target} when {@code --report} is not given, per benchmark. */
    private static final Map<String, String> REPORTS =
            Map.of(ENTITLEMENTS, "entitlement-bench.md", TICKETS, "ticket-bench.md", RENEWAL, "renewal-bench.md");

    private static final int KEYCLOAK_PORT = 18480;
    private static final int KEYCLOAK_MANAGEMENT_PORT = 18490;
    /** Where the application and Keycloak would send mail; nothing listens there during the benchmark. */
    private static final int SMTP_PORT = 12625;

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("benchmark", ENTITLEMENTS);
        defaults.put("port", "8280");
        defaults.put("db-port", "13406");
        defaults.put("jwks-port", "18380");
        defaults.put("jit-warmup-seconds", "60");
        defaults.put("warmup-seconds", "5");
        defaults.put("seconds", "15");
        defaults.put("tenants", "1000");
        defaults.put("tickets-per-tenant", "1000");
        defaults.put("subscriptions", "100000");
        defaults.put("runners", "1");
        defaults.put("home", "bench/target/bench-home");
        defaults.put("war", "app/target/andes.war");
        defaults.put("payara", "app/target/payara/payara-micro.jar");
        defaults.put("report", "");
        return Map.copyOf(defaults);
    }

    /** Reads {@code --name=value} arguments; an unknown name or a malformed value is an error. */
    public static BenchOptions parse(String... args) {
        Map<String, String> values = new HashMap<>(DEFAULTS);
        Set<String> known = DEFAULTS.keySet();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Options look like --name=value: " + arg);
            }
            String name = arg.substring(2, equals);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "; known: " + known);
            }
            values.put(name, arg.substring(equals + 1));
        }
        String benchmark = values.get("benchmark");
        if (!REPORTS.containsKey(benchmark)) {
            throw new IllegalArgumentException("--benchmark must be one of " + REPORTS.keySet() + ": " + benchmark);
        }
        if (values.get("report").isBlank()) {
            values.put("report", "bench/target/" + REPORTS.get(benchmark));
        }
        return new BenchOptions(
                benchmark,
                positive(values, "port"),
                positive(values, "db-port"),
                positive(values, "jwks-port"),
                positive(values, "jit-warmup-seconds"),
                positive(values, "warmup-seconds"),
                positive(values, "seconds"),
                positive(values, "tenants"),
                positive(values, "tickets-per-tenant"),
                positive(values, "subscriptions"),
                positive(values, "runners"),
                path(values, "home"),
                path(values, "war"),
                path(values, "payara"),
                path(values, "report"));
    }

    private static int positive(Map<String, String> values, String name) {
        try {
            int value = Integer.parseInt(values.get(name));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a positive integer: " + values.get(name));
    }

    private static Path path(Map<String, String> values, String name) {
        return Path.of(values.get(name)).toAbsolutePath().normalize();
    }

    /**
     * The options map {@code DevPlatform.start} reads. Tokens come from the test signer (Keycloak's issuer, keys merged
     * into one JWKS); Keycloak keeps its unpacked distribution outside {@code home}, which each run deletes; no mail
     * catcher (the benchmark sends no mail and its class path has no GreenMail). The Keycloak distribution and realm
     * file are DevPlatform's defaults, relative to the repository root like the other paths.
     */
    public Map<String, String> platformOptions() {
        return Map.ofEntries(
                Map.entry("home", home.toString()),
                Map.entry("port", String.valueOf(port)),
                Map.entry("db-port", String.valueOf(dbPort)),
                Map.entry("jwks-port", String.valueOf(jwksPort)),
                Map.entry("test-signer", "true"),
                Map.entry("mail", "false"),
                Map.entry("smtp-port", String.valueOf(SMTP_PORT)),
                Map.entry("keycloak-port", String.valueOf(KEYCLOAK_PORT)),
                Map.entry("keycloak-management-port", String.valueOf(KEYCLOAK_MANAGEMENT_PORT)),
                Map.entry("keycloak-home", home.resolveSibling("bench-keycloak").toString()),
                Map.entry("war", war.toString()),
                Map.entry("payara", payara.toString()));
    }

    /** The options as given on the command line, for the report. */
    public String commandLine() {
        String common = "--benchmark=%s --port=%d --db-port=%d --jwks-port=%d --jit-warmup-seconds=%d"
                        .formatted(benchmark, port, dbPort, jwksPort, jitWarmupSeconds)
                + " --warmup-seconds=%d --seconds=%d --tenants=%d".formatted(warmupSeconds, seconds, tenants);
        if (RENEWAL.equals(benchmark)) {
            return "--benchmark=%s --port=%d --db-port=%d --jwks-port=%d --subscriptions=%d --runners=%d"
                    .formatted(benchmark, port, dbPort, jwksPort, subscriptions, runners);
        }
        return TICKETS.equals(benchmark) ? common + " --tickets-per-tenant=" + ticketsPerTenant : common;
    }
}
