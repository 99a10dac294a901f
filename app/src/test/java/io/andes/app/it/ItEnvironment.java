package io.andes.app.it;

import io.andes.app.dev.DevTokenIssuer;
import io.andes.app.dev.Directories;
import io.andes.app.dev.EmbeddedDatabase;
import io.andes.app.dev.PayaraProcess;
import java.nio.file.Path;
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
            Directories.deleteRecursively(work.resolve("db"));
            PayaraProcess.writeLoopbackPreBoot(work);
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
}
