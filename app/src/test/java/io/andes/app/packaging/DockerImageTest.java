package io.andes.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docker/Dockerfile and its entry point against the build: same Payara and Java, non-root, health, memory, settings. */
class DockerImageTest {

    private static Repository repository;
    private static String dockerfile;
    private static String entrypoint;

    @BeforeAll
    static void read() {
        repository = Repository.locate();
        dockerfile = repository.read("docker/Dockerfile");
        entrypoint = repository.read("docker/entrypoint.sh");
    }

    /** The ANDES_ variables the image's entry point itself reads (cluster, memory, JVM options). */
    static Set<String> entrypointVariables(Repository repository) {
        Matcher variable =
                Pattern.compile("\\$\\{?(ANDES_[A-Z0-9_]+)").matcher(repository.read("docker/entrypoint.sh"));
        Set<String> variables = new TreeSet<>();
        variable.results().forEach(match -> variables.add(match.group(1)));
        return variables;
    }

    @Test
    void theImageRunsThePayaraAndJavaTheBuildUses() {
        assertThat(argument("PAYARA_VERSION")).isEqualTo(repository.buildProperty("payara.version"));
        assertThat(argument("JAVA_VERSION")).isEqualTo(repository.buildProperty("maven.compiler.release"));
        assertThat(dockerfile).contains("FROM eclipse-temurin:${JAVA_VERSION}-jre", "fish.payara.extras:payara-micro:");
        assertThat(dockerfile).contains("app/target/andes.war");
        assertThat(repository.read("app/pom.xml")).contains("<finalName>andes</finalName>");
    }

    @Test
    void theApplicationRunsAsAUserOtherThanRoot() {
        List<String> users = lines("USER");
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1)).doesNotMatch("USER\\s+(root|0)(:.*)?");
        assertThat(dockerfile.lastIndexOf("USER ")).isGreaterThan(dockerfile.lastIndexOf("FROM "));
    }

    @Test
    void theHealthCheckAsksForReadiness() {
        assertThat(lines("HEALTHCHECK")).singleElement().asString().contains("/health/ready");
        assertThat(dockerfile).contains("EXPOSE 8080");
        assertThat(entrypoint).contains("--port 8080");
    }

    @Test
    void theHeapFollowsTheContainersMemoryLimit() {
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=").doesNotContain("-Xmx");
    }

    @Test
    void theRequestThreadsAreSixPerCoreUnlessTheOperatorSetsThem() {
        assertThat(entrypoint).contains("--maxhttpthreads \"${ANDES_HTTP_MAX_THREADS:-$((6 * $(nproc)))}\"");
    }

    @Test
    void theCollectorIsParallelUnlessTheOperatorChoosesAnother() {
        assertThat(entrypoint).contains("-XX:+Use\"${ANDES_GC:-Parallel}\"GC").doesNotContain("-XX:+UseG1GC");
    }

    @Test
    void theEntryPointTurnsTheClusterSettingsIntoPayaraOptions() {
        assertThat(entrypoint)
                .contains("--clustermode \"$ANDES_CLUSTER_MODE\"", "--clustername", "--nohazelcast", "exec java");
        assertThat(entrypointVariables(repository))
                .contains("ANDES_CLUSTER_MODE", "ANDES_CLUSTER_NAME", "ANDES_MAX_RAM_PERCENTAGE", "ANDES_JAVA_OPTS");
    }

    @Test
    void theImageBakesInNoAndesSettingButItsOwn() {
        Matcher environment = Pattern.compile("(?m)^ENV\\s+(\\w+)").matcher(dockerfile);
        Set<String> variables = entrypointVariables(repository);
        assertThat(environment.results().map(match -> match.group(1))).allMatch(variables::contains);
    }

    @Test
    void everyFileTheImageCopiesFromTheRepositoryExists() {
        Matcher copy = Pattern.compile("(?m)^COPY\\s+(?:--(?:chown|chmod)=\\S+\\s+)*(docker/\\S+)")
                .matcher(dockerfile);
        List<String> copied = copy.results().map(match -> match.group(1)).toList();
        assertThat(copied).contains("docker/entrypoint.sh", "docker/preboot.asadmin");
        assertThat(copied).allSatisfy(file -> assertThat(repository.file(file)).isRegularFile());
        assertThat(Files.isExecutable(repository.file("docker/entrypoint.sh"))).isTrue();
        assertThat(repository.read(".dockerignore")).contains("**/target/", "docker/.env");
    }

    private String argument(String name) {
        Matcher argument = Pattern.compile("(?m)^ARG\\s+" + name + "=(\\S+)").matcher(dockerfile);
        assertThat(argument.find()).as("ARG %s with a value", name).isTrue();
        return argument.group(1);
    }

    private List<String> lines(String instruction) {
        // an instruction continues on the next line after a trailing backslash
        return dockerfile
                .replace("\\\n", " ")
                .lines()
                .filter(line -> line.startsWith(instruction + " "))
                .toList();
    }
}
