package io.andes.app.it;

import io.andes.app.dev.DevTokenIssuer;
import io.andes.app.dev.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests share, once per test run and only when failsafe runs them: a fresh embedded
 * MariaDB and the test token issuer whose JWKS the application trusts. Ports and paths come from the build.
 */
public class ItEnvironment implements LauncherSessionListener {

    private static EmbeddedDatabase database;
    private static DevTokenIssuer tokens;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dbPort = System.getProperty("andes.it.db.port");
        if (dbPort == null || database != null) {
            return;
        }
        try {
            Path work = Path.of(System.getProperty("andes.it.work"));
            deleteRecursively(work.resolve("db"));
            Files.createDirectories(work);
            Files.writeString(
                    work.resolve("preboot.asadmin"),
                    "set configs.config.server-config.network-config"
                            + ".network-listeners.network-listener.http-listener.address=127.0.0.1\n");
            database = EmbeddedDatabase.start(work.resolve("db"), Integer.parseInt(dbPort));
            tokens = DevTokenIssuer.start(Integer.parseInt(System.getProperty("andes.it.jwks.port")));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the integration-test environment", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (tokens != null) {
                tokens.close();
            }
            if (database != null) {
                database.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            tokens = null;
            database = null;
        }
    }

    public static DevTokenIssuer tokens() {
        if (tokens == null) {
            throw new IllegalStateException("The integration-test environment is not running");
        }
        return tokens;
    }

    public static EmbeddedDatabase database() {
        return database;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
