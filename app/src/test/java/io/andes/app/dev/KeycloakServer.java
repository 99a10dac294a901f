package io.andes.app.dev;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real identity provider for the dev run and the integration tests: Keycloak's own distribution (the zip from the
 * local Maven repository) unpacked once and started in dev mode as a child process on loopback, importing the
 * {@code andes} realm file. Using the same Keycloak and realm file as production means the tokens, claims, login pages
 * and Admin REST API the application meets here are the ones it meets there.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "andes";
    public static final String WEB_CLIENT_ID = "andes-web";
    public static final String WEB_CLIENT_SECRET = "andes-web-dev-secret";
    public static final String ADMIN_CLIENT_ID = "andes-admin";
    public static final String ADMIN_CLIENT_SECRET = "andes-admin-dev-secret";
    /** Public client with direct grants, for curl and tests; exists in the development realm only. */
    public static final String CLI_CLIENT_ID = "andes-cli";
    /** Password of every demo user of the realm file. */
    public static final String DEMO_PASSWORD = "andes-demo";
    /** The master realm's administrator in dev mode (admin console at {@code /admin/}). */
    public static final String BOOTSTRAP_ADMIN_USERNAME = "admin";

    public static final String BOOTSTRAP_ADMIN_PASSWORD = "admin";

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final int managementPort;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * What to start: the distribution zip, the directory it is unpacked into (also holds the log), the HTTP and
     * management ports, the realm file, the environment its {@code ${VAR:default}} placeholders read, and whether
     * to drop the H2 database first so that the realm is imported afresh.
     */
    public record Settings(
            Path distribution,
            Path home,
            int httpPort,
            int managementPort,
            Path realmFile,
            Map<String, String> environment,
            boolean freshData) {}

    private KeycloakServer(Process process, Path log, int httpPort, int managementPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /** Unpacks the distribution if needed and starts Keycloak; returns at once, see {@link #awaitReady}. */
    public static KeycloakServer start(Settings settings) throws IOException {
        Path installation = install(settings.distribution(), settings.home());
        if (settings.freshData()) {
            Directories.deleteRecursively(installation.resolve("data").resolve("h2"));
        }
        Path imports = Files.createDirectories(installation.resolve("data").resolve("import"));
        warnIfImportedWithOtherSettings(installation, settings.environment());
        Files.copy(settings.realmFile(), imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Path log = settings.home().resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(command(installation, settings))
                .directory(installation.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        environment(builder.environment(), settings.environment());
        return new KeycloakServer(builder.start(), log, settings.httpPort(), settings.managementPort());
    }

    /**
     * Import skips a realm that already exists, so placeholders keep the values of the first import (e.g. an older
     * application port in the redirect URIs): say so when they differ, rather than failing mysteriously later.
     */
    private static void warnIfImportedWithOtherSettings(Path installation, Map<String, String> environment)
            throws IOException {
        Path h2 = installation.resolve("data").resolve("h2");
        Path record = installation.resolve("data").resolve("andes-realm.env");
        List<String> current = environmentLines(environment);
        if (!Files.isDirectory(h2) || !Files.exists(record)) {
            Files.write(record, current);
            return;
        }
        List<String> changed = Files.readAllLines(record).stream()
                .filter(line -> !current.contains(line))
                .toList();
        if (!changed.isEmpty()) {
            System.err.println("Keycloak keeps the realm as first imported, with " + String.join(", ", changed)
                    + "; delete " + h2 + " to import it with the current settings (loses users added since)");
        }
    }

    private static List<String> environmentLines(Map<String, String> environment) {
        return environment.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .sorted()
                .toList();
    }

    private static List<String> command(Path installation, Settings settings) {
        return List.of(
                installation.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.httpPort(),
                "--http-management-port=" + settings.managementPort(),
                "--hostname=http://127.0.0.1:" + settings.httpPort(),
                "--import-realm",
                "--health-enabled=true");
    }

    private static void environment(Map<String, String> target, Map<String, String> placeholders) {
        target.remove("JAVA");
        target.put("JAVA_HOME", System.getProperty("java.home"));
        target.put("KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN_USERNAME);
        target.put("KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_ADMIN_PASSWORD);
        target.putAll(placeholders);
    }

    /**
     * The environment the realm file's placeholders read for a local run: the application's base URL (redirect and
     * logout URIs), the SMTP catcher's port and the dev client secrets.
     */
    public static Map<String, String> localRealmEnvironment(String webUrl, int smtpPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ANDES_WEB_URL", webUrl);
        env.put("ANDES_SMTP_HOST", "127.0.0.1");
        env.put("ANDES_SMTP_PORT", String.valueOf(smtpPort));
        env.put("ANDES_OIDC_CLIENT_SECRET", WEB_CLIENT_SECRET);
        env.put("ANDES_KEYCLOAK_ADMIN_CLIENT_SECRET", ADMIN_CLIENT_SECRET);
        return env;
    }

    /** Unpacks the zip into {@code home} unless already done; returns the installation directory. */
    static Path install(Path distribution, Path home) throws IOException {
        Files.createDirectories(home);
        try (FileSystem zip = FileSystems.newFileSystem(distribution, Map.of("enablePosixFileAttributes", "true"))) {
            Path top = topDirectory(zip, distribution);
            Path installation = home.resolve(top.getFileName().toString());
            if (Files.isRegularFile(installation.resolve("bin").resolve("kc.sh"))) {
                return installation;
            }
            System.out.println("Unpacking " + distribution.getFileName() + " into " + installation + " ...");
            Path partial = home.resolve(installation.getFileName() + ".partial");
            Directories.deleteRecursively(partial);
            copyTree(top, partial);
            Files.move(partial, installation, StandardCopyOption.ATOMIC_MOVE);
            return installation;
        }
    }

    private static Path topDirectory(FileSystem zip, Path distribution) throws IOException {
        try (Stream<Path> entries = Files.list(zip.getPath("/"))) {
            List<Path> tops = entries.filter(Files::isDirectory).toList();
            if (tops.size() != 1) {
                throw new IllegalStateException(
                        "Not a Keycloak distribution (one top directory expected): " + distribution);
            }
            return tops.get(0);
        }
    }

    /** Copies a directory out of the zip, keeping each entry's Unix permissions ({@code kc.sh} stays executable). */
    private static void copyTree(Path source, Path target) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(source)) {
            entries = walk.toList();
        }
        for (Path entry : entries) {
            Path destination = target.resolve(source.relativize(entry).toString());
            if (Files.isDirectory(entry)) {
                Files.createDirectories(destination);
            } else {
                Files.copy(entry, destination);
                Files.setPosixFilePermissions(
                        destination,
                        Files.readAttributes(entry, PosixFileAttributes.class).permissions());
            }
        }
    }

    /** Waits until the management port reports ready and the realm answers; fails early if Keycloak exits. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            failIfExited();
            if (answers(health) && answers(discovery)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "Keycloak did not become ready in " + timeout + "; see " + log + ":\n" + logTail());
    }

    private boolean answers(URI uri) throws InterruptedException {
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void failIfExited() throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    "Keycloak exited with " + process.exitValue() + "; see " + log + ":\n" + logTail());
        }
    }

    private String logTail() throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The {@code iss} of every token: fixed by {@code --hostname}, the same for the browser and the application. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String jwksUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path log() {
        return log;
    }

    /** An access token for a realm user through the dev-only direct-grant client {@code andes-cli}. */
    public String passwordGrant(String username, String password) {
        return accessToken(Map.of(
                "grant_type", "password",
                "client_id", CLI_CLIENT_ID,
                "username", username,
                "password", password,
                "scope", "openid"));
    }

    /** An access token for a confidential client's service account, e.g. {@code andes-admin}. */
    public String clientCredentialsGrant(String clientId, String secret) {
        return accessToken(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String accessToken(Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the " + form.get("grant_type") + " grant: "
                    + response.statusCode() + " " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject json = reader.readObject();
            return json.getString("access_token");
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling Keycloak", e);
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** SIGTERM to {@code kc.sh} and its Java child; forced after 20 s. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        for (ProcessHandle handle : tree) {
            awaitExit(handle, Duration.between(Instant.now(), deadline));
        }
    }

    private static void awaitExit(ProcessHandle handle, Duration remaining) throws InterruptedException {
        try {
            handle.onExit().get(Math.max(0, remaining.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            handle.destroyForcibly();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
