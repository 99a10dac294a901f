package io.andes.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's one database, configured from the environment (see the README): a pooled MySQL Connector/J data
 * source, the same driver for MySQL 8 in production and the embedded MariaDB of the dev run and the tests.
 */
@DataSourceDefinition(
        name = AndesDataSource.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=andes.db.url}",
        user = "${MPCONFIG=andes.db.user}",
        password = "${MPCONFIG=andes.db.password}",
        minPoolSize = 8,
        maxPoolSize = 96,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            // the driver keeps each connection's parsed statements: room for the application's statements (25 by
            // default) and for EclipseLink's long ones (only up to 256 characters by default: a ticket's INSERT is
            // longer, so it was parsed again on every opening)
            "cachePrepStmts=true",
            "prepStmtCacheSize=250",
            "prepStmtCacheSqlLimit=2048",
            // the driver answers getAutoCommit, getTransactionIsolation and isReadOnly from the session state the
            // server reports, instead of asking it
            "useLocalSessionState=true",
            "useServerPrepStmts=false",
            "rewriteBatchedStatements=true",
            "connectionTimeZone=UTC",
            "forceConnectionTimeZoneToSession=true",
            // the driver's own tracing spans (on every statement, commit and auto-commit switch) cost about 1 % of a
            // request's CPU in a profile of the benchmark; Andes exports no traces
            "openTelemetry=DISABLED"
        })
@ApplicationScoped
public class AndesDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/andes";
}
