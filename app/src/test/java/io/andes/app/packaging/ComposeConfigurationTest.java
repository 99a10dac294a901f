package io.andes.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml against the application's real configuration: every application instance gets every variable
 * the code requires, none the code does not know, and the services around them agree with it (Keycloak's realm, the
 * cluster, nginx, the secrets file). No Docker needed: the files are read as data.
 */
class ComposeConfigurationTest {

    private static final Pattern INTERPOLATION = Pattern.compile("(?<!\\$)\\$\\{(\\w+)(:?[-?+])?");

    private static Repository repository;
    private static ComposeFile compose;
    private static SourceSettings settings;
    private static List<String> instances;

    @BeforeAll
    static void read() {
        repository = Repository.locate();
        compose = ComposeFile.read(repository, "docker/compose.yaml");
        settings = SourceSettings.scan(
                repository.applicationSourceRoots(),
                repository.file("app/src/main/resources/META-INF/microprofile-config.properties"));
        instances = compose.servicesBuiltFrom(repository.file("docker/Dockerfile"));
    }

    @Test
    void theCodeRequiresTheDatabaseAndIdentitySettings() {
        // guards the scan itself: were it to find nothing, the checks below would pass vacuously
        assertThat(settings.requiredVariables())
                .contains("ANDES_DB_URL", "ANDES_DB_USER", "ANDES_DB_PASSWORD", "ANDES_OIDC_ISSUER")
                .doesNotContain("ANDES_SMTP_HOST", "ANDES_OIDC_CLIENT_ID", "ANDES_AUTH_AUDIENCE");
    }

    @Test
    void twoOrMoreInstancesAreBuiltFromTheDockerfile() {
        assertThat(instances).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyInstanceSetsEveryVariableTheApplicationRequires() {
        for (String instance : instances) {
            assertThat(compose.environment(instance).keySet())
                    .as("environment of %s", instance)
                    .containsAll(settings.requiredVariables());
            assertThat(compose.environment(instance).entrySet())
                    .as("values of %s", instance)
                    .filteredOn(variable -> settings.requiredVariables().contains(variable.getKey()))
                    .allSatisfy(variable -> assertThat(variable.getValue()).isNotBlank());
        }
    }

    @Test
    void noInstanceSetsAnAndesVariableTheApplicationDoesNotKnow() {
        Set<String> image = DockerImageTest.entrypointVariables(repository);
        for (String instance : instances) {
            assertThat(compose.environment(instance).keySet())
                    .as("ANDES_ variables of %s that neither the code nor the image's entry point read", instance)
                    .filteredOn(variable -> variable.startsWith("ANDES_"))
                    .filteredOn(variable -> !settings.knowsVariable(variable) && !image.contains(variable))
                    .isEmpty();
        }
    }

    @Test
    void theInstancesFormOneClusterListingEachOther() {
        Set<String> members = instances.stream()
                .map(instance -> compose.hostName(instance) + ":6900")
                .collect(Collectors.toSet());
        for (String instance : instances) {
            Map<String, String> environment = compose.environment(instance);
            assertThat(environment.get("ANDES_CLUSTER_MODE")).startsWith("tcpip:");
            assertThat(Set.of(environment
                            .get("ANDES_CLUSTER_MODE")
                            .substring("tcpip:".length())
                            .split(",")))
                    .isEqualTo(members);
            assertThat(environment.get("ANDES_CLUSTER_NAME"))
                    .isEqualTo(compose.environment(instances.get(0)).get("ANDES_CLUSTER_NAME"));
        }
        assertThat(instances.stream()
                        .map(instance -> compose.environment(instance).get("ANDES_INSTANCE_NAME")))
                .doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    @Test
    void nginxBalancesOverEveryInstanceInEachUpstream() {
        assertThat(compose.mountedFiles("nginx")).contains(repository.file("docker/nginx.conf"));
        String nginx = repository.read("docker/nginx.conf");
        Matcher upstream = Pattern.compile("upstream\\s+(\\w+)\\s*\\{([^}]*)}").matcher(nginx);
        Set<String> expected = instances.stream()
                .map(instance -> compose.hostName(instance) + ":8080")
                .collect(Collectors.toSet());
        Set<String> upstreams = new HashSet<>();
        while (upstream.find()) {
            upstreams.add(upstream.group(1));
            Set<String> servers = new HashSet<>();
            Matcher server = Pattern.compile("\\bserver\\s+(\\S+?)[\\s;]").matcher(upstream.group(2));
            while (server.find()) {
                servers.add(server.group(1));
            }
            assertThat(servers).as("servers of upstream %s", upstream.group(1)).isEqualTo(expected);
        }
        Matcher proxy = Pattern.compile("proxy_pass\\s+http://(\\w+)\\s*;").matcher(nginx);
        assertThat(proxy.results().map(match -> match.group(1))).isNotEmpty().allMatch(upstreams::contains);
    }

    @Test
    void keycloakImportsTheDevRunsRealmWithTheApplicationsSecretsAndAddress() {
        assertThat(String.valueOf(compose.service("keycloak").get("image")))
                .endsWith(":" + repository.buildProperty("keycloak.version"));
        assertThat(compose.mountedFiles("keycloak")).contains(repository.realmFile());

        Map<String, String> keycloak = compose.environment("keycloak");
        Matcher placeholder =
                Pattern.compile("\\$\\{(\\w+):[^}]*}").matcher(repository.read("docker/keycloak/andes-realm.json"));
        Set<String> placeholders = new TreeSet<>();
        placeholder.results().forEach(match -> placeholders.add(match.group(1)));
        assertThat(placeholders).contains("ANDES_OIDC_CLIENT_SECRET", "ANDES_KEYCLOAK_ADMIN_CLIENT_SECRET");
        assertThat(keycloak.keySet()).as("the realm file's placeholders").containsAll(placeholders);
        for (String instance : instances) {
            Map<String, String> application = compose.environment(instance);
            placeholders.stream().filter(application::containsKey).forEach(shared -> assertThat(keycloak.get(shared))
                    .as("%s of keycloak and %s", shared, instance)
                    .isEqualTo(application.get(shared)));
            assertThat(application.get("ANDES_OIDC_ISSUER")).isEqualTo(keycloak.get("KC_HOSTNAME") + "/realms/andes");
        }
    }

    @Test
    void mysqlIsDurableAndKeepsItsDataInAVolume() {
        Map<String, Object> mysql = compose.service("mysql");
        assertThat(String.valueOf(mysql.get("image"))).isEqualTo("mysql:8.4");
        assertThat(String.valueOf(mysql.get("command")).replace('_', '-'))
                .contains("--innodb-flush-log-at-trx-commit=1", "--sync-binlog=1", "--character-set-server=utf8mb4");
        assertThat(String.valueOf(mysql.get("volumes"))).contains("mysql-data:/var/lib/mysql");
    }

    @Test
    void everyServiceWaitsForTheHealthOfWhatItNeeds() {
        for (String name : compose.serviceNames()) {
            Map<String, Object> dependencies =
                    ComposeFile.map(compose.service(name).get("depends_on"));
            dependencies.forEach((dependency, condition) -> {
                assertThat(ComposeFile.map(condition).get("condition"))
                        .as("%s waits for %s", name, dependency)
                        .isEqualTo("service_healthy");
                assertThat(compose.service(dependency).containsKey("healthcheck") || instances.contains(dependency))
                        .as("%s has a health check (an instance has the image's)", dependency)
                        .isTrue();
            });
        }
        assertThat(ComposeFile.map(compose.service("nginx").get("depends_on")).keySet())
                .containsAll(instances);
    }

    @Test
    void everyVariableTheComposeFileNeedsHasAValueInTheExampleSettings() throws Exception {
        Properties example = new Properties();
        example.load(new java.io.StringReader(repository.read("docker/.env.example")));
        Matcher interpolation = INTERPOLATION.matcher(repository.read("docker/compose.yaml"));
        Set<String> needed = new TreeSet<>();
        interpolation
                .results()
                .filter(match -> match.group(2) == null || match.group(2).contains("?"))
                .forEach(match -> needed.add(match.group(1)));
        assertThat(needed).contains("ANDES_DB_PASSWORD", "ANDES_OIDC_CLIENT_SECRET");
        assertThat(example.stringPropertyNames()).containsAll(needed);
        assertThat(Arrays.stream(repository.read("docker/.gitignore").split("\n")))
                .contains(".env");
    }
}
