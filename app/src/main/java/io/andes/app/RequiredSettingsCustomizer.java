package io.andes.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Refuses the deployment when a required setting has no value, naming every missing environment variable at once.
 * Payara opens the persistence unit while it prepares the deployment, before CDI validates any injection point, so this
 * customizer of the unit is the first application code that runs: without it a missing {@code ANDES_DB_URL} would read
 * "Connector/J cannot handle a connection string '${MPCONFIG=andes.db.url}'". The required keys come from the deployed
 * classes themselves ({@link RequiredSettings#inClasses}).
 */
public class RequiredSettingsCustomizer implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(RequiredSettingsCustomizer.class.getName());

    @Override
    public void customize(Session session) {
        List<Path> locations = webInfClasses();
        if (locations.isEmpty()) {
            LOG.warning("Not deployed from a WAR's WEB-INF/classes: the required settings are not checked up front");
            return;
        }
        Set<String> required = RequiredSettings.inClasses(locations, getClass().getClassLoader());
        Config config = ConfigProvider.getConfig(getClass().getClassLoader());
        RequiredSettings.refusal(required, key -> config.getOptionalValue(key, String.class)
                        .isPresent())
                .ifPresent(refusal -> {
                    LOG.severe(refusal);
                    throw new IllegalStateException(refusal);
                });
    }

    /** WEB-INF/classes and the jars of WEB-INF/lib of the deployment this class was loaded from. */
    private static List<Path> webInfClasses() {
        try {
            Path classes = Path.of(RequiredSettingsCustomizer.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path lib = classes.resolveSibling("lib");
            if (!Files.isDirectory(classes) || !classes.endsWith(Path.of("WEB-INF", "classes"))) {
                return List.of();
            }
            List<Path> locations = new ArrayList<>(List.of(classes));
            if (Files.isDirectory(lib)) {
                try (Stream<Path> jars = Files.list(lib)) {
                    jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(locations::add);
                }
            }
            return locations;
        } catch (URISyntaxException | IOException | RuntimeException e) {
            LOG.warning(() -> "Cannot find the deployment's classes: " + e);
            return List.of();
        }
    }
}
