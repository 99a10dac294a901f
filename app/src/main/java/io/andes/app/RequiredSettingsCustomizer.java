package io.andes.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
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

    /** WEB-INF/classes and the jars of WEB-INF/lib of the (exploded) deployment this class was loaded from. */
    private static List<Path> webInfClasses() {
        URL self = RequiredSettingsCustomizer.class.getResource(
                RequiredSettingsCustomizer.class.getSimpleName() + ".class");
        try {
            Path classes = self != null && "file".equals(self.getProtocol()) ? Path.of(self.toURI()) : null;
            while (classes != null && !classes.endsWith(Path.of("WEB-INF", "classes"))) {
                classes = classes.getParent();
            }
            if (classes == null) {
                LOG.warning(() ->
                        "Not deployed from an exploded WAR (" + self + "): the settings are not checked up front");
                return List.of();
            }
            List<Path> locations = new ArrayList<>(List.of(classes));
            Path lib = classes.resolveSibling("lib");
            if (Files.isDirectory(lib)) {
                try (Stream<Path> jars = Files.list(lib)) {
                    jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(locations::add);
                }
            }
            return locations;
        } catch (URISyntaxException | IOException e) {
            LOG.warning(() -> "Cannot list the deployment's classes (" + self + "): " + e);
            return List.of();
        }
    }
}
