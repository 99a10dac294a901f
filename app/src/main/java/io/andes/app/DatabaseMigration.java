package io.andes.app;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before the application takes requests; a failed migration fails the
 * deployment. With {@code andes.demo-data=true} it also loads the demo tenants.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = AndesDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean migrated;

    void migrateOnStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Config config = ConfigProvider.getConfig();
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (config.getOptionalValue("andes.demo-data", Boolean.class).orElse(false)) {
            locations.add("classpath:db/demo");
        }
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        migrated = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migrations applied");
    }

    public boolean migrated() {
        return migrated;
    }
}
