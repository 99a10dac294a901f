package io.andes.app.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.andes.app.dev.DevTokenIssuer;
import io.andes.app.dev.Directories;
import io.andes.app.dev.EmbeddedDatabase;
import io.andes.app.dev.KeycloakServer;
import io.andes.app.dev.MailCatcher;
import io.andes.app.dev.PayaraProcess;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests share, once per test run and only when failsafe runs them: a fresh embedded
 * MariaDB, a mail catcher, the real Keycloak with a freshly imported {@code andes} realm, and the test token issuer in
 * merged mode (Keycloak's issuer; its JWKS serves the test key plus Keycloak's keys), so that tests can use
 * self-signed tokens for any user as well as real Keycloak logins. Everything is ready before the first Arquillian
 * deployment boots Payara. Also a WireMock server playing Stripe's API (see {@link StripeStub}). Ports and paths come from the build.
 */
public class ItEnvironment implements LauncherSessionListener {

    private static final Duration KEYCLOAK_START = Duration.ofMinutes(3);
    /**
     * JVM options of the servers the test run starts: they live for minutes, too short for the optimising compiler to
     * pay for its work on 2 cores, so the quick one alone boots them in about half the time.
     */
    static final List<String> QUICK_START_JVM = List.of("-XX:TieredStopAtLevel=1");

    private static final Deque<AutoCloseable> started = new ArrayDeque<>();
    private static EmbeddedDatabase database;
    private static MailCatcher mail;
    private static KeycloakServer keycloak;
    private static DevTokenIssuer tokens;
    private static WireMockServer stripe;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dbPort = System.getProperty("andes.it.db.port");
        if (dbPort == null || database != null) {
            return;
        }
        try {
            Path work = Path.of(System.getProperty("andes.it.work"));
            keycloak = remember(KeycloakServer.start(keycloakSettings(work)));
            Directories.deleteRecursively(work.resolve("db"));
            PayaraProcess.writeLoopbackPreBoot(work);
            database = remember(EmbeddedDatabase.start(work.resolve("db"), Integer.parseInt(dbPort)));
            mail = remember(MailCatcher.start(intProperty("andes.it.smtp.port")));
            stripe = StripeStub.start(intProperty("andes.it.stripe.port"));
            WireMockServer startedStripe = stripe;
            remember((AutoCloseable) startedStripe::stop);
            keycloak.awaitReady(KEYCLOAK_START);
            tokens = remember(DevTokenIssuer.start(
                    intProperty("andes.it.jwks.port"), keycloak.issuer(), URI.create(keycloak.jwksUri())));
        } catch (Exception e) {
            IllegalStateException failure =
                    new IllegalStateException("Could not start the integration-test environment", e);
            try {
                stopAll();
            } catch (RuntimeException whileStopping) {
                failure.addSuppressed(whileStopping);
            }
            throw failure;
        }
    }

    private static KeycloakServer.Settings keycloakSettings(Path work) {
        String webUrl = "http://127.0.0.1:" + intProperty("andes.it.http.port");
        Map<String, String> environment =
                new LinkedHashMap<>(KeycloakServer.localRealmEnvironment(webUrl, intProperty("andes.it.smtp.port")));
        environment.put("JAVA_OPTS_APPEND", String.join(" ", QUICK_START_JVM));
        return new KeycloakServer.Settings(
                Path.of(System.getProperty("andes.it.keycloak.dist")),
                work.resolve("keycloak"),
                intProperty("andes.it.keycloak.port"),
                intProperty("andes.it.keycloak.management.port"),
                Path.of(System.getProperty("andes.it.realm")),
                environment,
                true);
    }

    private static int intProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set (failsafe sets it)");
        }
        return Integer.parseInt(value);
    }

    private static <T extends AutoCloseable> T remember(T resource) {
        started.push(resource);
        return resource;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopAll();
    }

    private static void stopAll() {
        IllegalStateException failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                failure =
                        failure == null ? new IllegalStateException("While stopping the test environment", e) : failure;
            }
        }
        tokens = null;
        stripe = null;
        keycloak = null;
        mail = null;
        database = null;
        if (failure != null) {
            throw failure;
        }
    }

    /** Signs test tokens the application accepts (issuer = Keycloak's). */
    public static DevTokenIssuer tokens() {
        return running(tokens);
    }

    /** The real Keycloak: {@code passwordGrant} for demo users, the Admin REST API through {@code andes-admin}. */
    public static KeycloakServer keycloak() {
        return running(keycloak);
    }

    /** Every mail Keycloak or the application sent during the run. */
    public static MailCatcher mail() {
        return running(mail);
    }

    /** The Stripe stand-in the application's Stripe SDK talks to ({@code andes.stripe.api-base}). */
    public static WireMockServer stripe() {
        return running(stripe);
    }

    public static EmbeddedDatabase database() {
        return database;
    }

    private static <T> T running(T resource) {
        if (resource == null) {
            throw new IllegalStateException("The integration-test environment is not running");
        }
        return resource;
    }
}
