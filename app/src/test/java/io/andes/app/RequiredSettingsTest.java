package io.andes.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {

    @Test
    void aSettingWithoutDefaultInjectedIntoAPlainTypeIsRequired() {
        assertThat(RequiredSettings.of(Settings.class))
                .containsExactlyInAnyOrder("sample.field", "sample.constructor", "sample.method");
    }

    @Test
    void theDataSourcePlaceholdersAreRequired() {
        assertThat(RequiredSettings.of(Pool.class)).containsExactlyInAnyOrder("sample.db.url", "sample.db.user");
    }

    @Test
    void theRealDataSourceNeedsItsUrlUserAndPassword() {
        assertThat(RequiredSettings.of(AndesDataSource.class))
                .containsExactlyInAnyOrder("andes.db.url", "andes.db.user", "andes.db.password");
    }

    @Test
    void theClassScanFindsTheSettingsOfTheClassesThatMentionThem() throws Exception {
        Path testClasses = Path.of(RequiredSettingsTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());

        assertThat(RequiredSettings.inClasses(List.of(testClasses), getClass().getClassLoader()))
                .contains("sample.field", "sample.constructor", "sample.method", "sample.db.url", "sample.db.user")
                .doesNotContain("sample.port", "sample.optional", "sample.provider");
    }

    @Test
    void environmentNamesFollowMicroProfileConfig() {
        assertThat(RequiredSettings.environmentName("andes.db.url")).isEqualTo("ANDES_DB_URL");
        assertThat(RequiredSettings.environmentName("andes.oidc.client-secret")).isEqualTo("ANDES_OIDC_CLIENT_SECRET");
        assertThat(RequiredSettings.environmentName("andes.pqrs.response-days.CO"))
                .isEqualTo("ANDES_PQRS_RESPONSE_DAYS_CO");
    }

    @Test
    void theRefusalNamesEveryMissingEnvironmentVariableAndItsKey() {
        Set<String> present = Set.of("andes.db.user");

        Optional<String> refusal = RequiredSettings.refusal(
                List.of("andes.db.url", "andes.db.user", "andes.oidc.issuer"), present::contains);

        assertThat(refusal)
                .hasValue("Andes no puede iniciar: falta la variable de entorno ANDES_DB_URL (andes.db.url),"
                        + " ANDES_OIDC_ISSUER (andes.oidc.issuer) / Andes cannot start: missing environment variable"
                        + " ANDES_DB_URL (andes.db.url), ANDES_OIDC_ISSUER (andes.oidc.issuer)");
    }

    @Test
    void nothingIsRefusedWhenEverySettingHasAValue() {
        assertThat(RequiredSettings.refusal(List.of("andes.db.url"), key -> true))
                .isEmpty();
    }

    @SuppressWarnings("unused")
    static class Settings {

        @Inject
        @ConfigProperty(name = "sample.field")
        String field;

        @Inject
        @ConfigProperty(name = "sample.port", defaultValue = "25")
        int withDefault;

        @Inject
        @ConfigProperty(name = "sample.optional")
        Optional<String> optional;

        @Inject
        @ConfigProperty(name = "sample.provider")
        Provider<String> provider;

        @Inject
        Settings(@ConfigProperty(name = "sample.constructor") String value) {}

        @Inject
        void set(@ConfigProperty(name = "sample.method") int value) {}
    }

    @DataSourceDefinition(
            name = "java:app/jdbc/sample",
            className = "com.mysql.cj.jdbc.MysqlDataSource",
            url = "${MPCONFIG=sample.db.url}",
            user = "${MPCONFIG=sample.db.user}",
            password = "fixed")
    static class Pool {}
}
