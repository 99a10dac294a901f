package io.andes.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's command-line options ({@code --name=value}), with defaults that keep clear of the dev run's ports
 * (8080, 13306, 18180). Paths are relative to the repository root, where {@code bench/run} starts the benchmark.
 */
public record BenchOptions(
        int port,
        int dbPort,
        int jwksPort,
        int jitWarmupSeconds,
        int warmupSeconds,
        int seconds,
        int tenants,
        Path home,
        Path war,
        Path payara,
        Path report) {

    private static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("port", "8280");
        defaults.put("db-port", "13406");
        defaults.put("jwks-port", "18380");
        defaults.put("jit-warmup-seconds", "60");
        defaults.put("warmup-seconds", "5");
        defaults.put("seconds", "15");
        defaults.put("tenants", "1000");
        defaults.put("home", "bench/target/bench-home");
        defaults.put("war", "app/target/andes.war");
        defaults.put("payara", "app/target/payara/payara-micro.jar");
        defaults.put("report", "bench/target/entitlement-bench.md");
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
        return new BenchOptions(
                positive(values, "port"),
                positive(values, "db-port"),
                positive(values, "jwks-port"),
                positive(values, "jit-warmup-seconds"),
                positive(values, "warmup-seconds"),
                positive(values, "seconds"),
                positive(values, "tenants"),
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

    /** The options map {@code DevPlatform.start} reads. */
    public Map<String, String> platformOptions() {
        return Map.of(
                "home", home.toString(),
                "port", String.valueOf(port),
                "db-port", String.valueOf(dbPort),
                "jwks-port", String.valueOf(jwksPort),
                "war", war.toString(),
                "payara", payara.toString());
    }

    /** The options as given on the command line, for the report. */
    public String commandLine() {
        return "--port=%d --db-port=%d --jwks-port=%d --jit-warmup-seconds=%d --warmup-seconds=%d --seconds=%d --tenants=%d"
                .formatted(port, dbPort, jwksPort, jitWarmupSeconds, warmupSeconds, seconds, tenants);
    }
}
