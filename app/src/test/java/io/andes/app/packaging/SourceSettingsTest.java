package io.andes.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.app.RequiredSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SourceSettingsTest {

    private static final String SAMPLE =
            """
            package sample;
            /** Mentions @ConfigProperty(name = "in.a.comment") only in a comment. */
            class Sample {
                static final String INTERVAL = "sample.interval";
                private static final String PREFIX = "sample.days.";
                @Inject @ConfigProperty(name = "sample.required") String required;
                @Inject
                @ConfigProperty(name = "sample.url", defaultValue = "http://127.0.0.1:8080") // a URL, not a comment
                String url;
                @Inject @ConfigProperty(name = INTERVAL, defaultValue = "1m") String interval;
                @Inject @ConfigProperty(name = "sample.host") Optional<String> host;
                @Inject @ConfigProperty(name = "sample.port") int port;
                @Inject @ConfigProperty(name = "sample.from.properties") String fromProperties;
                @Inject Sample(@ConfigProperty(name = "sample.constructor") final java.lang.String value) {}
                int days(Config config) {
                    return config.getOptionalValue(PREFIX + "CO", Integer.class).orElse(15)
                            + (config.getOptionalValue("sample.flag", Boolean.class).orElse(false) ? 1 : 0);
                }
            }
            """;

    @Test
    void requiredAreTheInjectionsWithoutDefaultIntoPlainTypesAndThePlaceholders() {
        Properties defaults = new Properties();
        defaults.setProperty("sample.from.properties", "x");

        SourceSettings settings = SourceSettings.parse(
                Map.of(
                        "sample.Sample",
                        SAMPLE,
                        "sample.Pool",
                        "@DataSourceDefinition(url = \"${MPCONFIG=sample.db.url}\")"),
                defaults);

        assertThat(settings.required())
                .containsExactlyInAnyOrder("sample.required", "sample.port", "sample.constructor", "sample.db.url");
        assertThat(settings.known())
                .contains("sample.url", "sample.interval", "sample.host", "sample.flag", "sample.from.properties")
                .doesNotContain("in.a.comment");
        assertThat(settings.knowsVariable("SAMPLE_DAYS_CO")).isTrue();
        assertThat(settings.knowsVariable("SAMPLE_UNKNOWN")).isFalse();
    }

    @Test
    void aKeyTheScanCannotReadFailsLoudly() {
        String source = "class Other { @Inject @ConfigProperty(name = Keys.ELSEWHERE) String value; }";

        assertThatThrownBy(() -> SourceSettings.parse(Map.of("sample.Other", source), new Properties()))
                .hasMessageContaining("Keys.ELSEWHERE")
                .hasMessageContaining("sample.Other");
    }

    @Test
    void theSourceScanAndTheStartupCheckAgreeOnTheApplicationsRequiredSettings() {
        Repository repository = Repository.locate();
        Path defaults = repository.file("app/src/main/resources/META-INF/microprofile-config.properties");
        SourceSettings fromSources = SourceSettings.scan(repository.applicationSourceRoots(), defaults);
        Path testClasses = repository.file("app/target/test-classes");
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().normalize())
                .filter(entry -> !entry.equals(testClasses))
                .toList();

        Set<String> fromClasses =
                new TreeSet<>(RequiredSettings.inClasses(classpath, getClass().getClassLoader()));
        fromClasses.removeAll(fromSources.known().stream()
                .filter(key -> !fromSources.required().contains(key))
                .toList());

        assertThat(fromClasses).isEqualTo(fromSources.required());
    }
}
