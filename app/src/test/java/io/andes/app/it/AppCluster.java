package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.PayaraProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two more instances of the real packaged WAR, each its own Payara Micro process on loopback, forming ONE Hazelcast
 * cluster over loopback only, on the test run's database, Keycloak and mail catcher: the production scale-out
 * (docs/operations.md) without containers. They take the application settings failsafe gives the test JVM, plus
 * {@code overrides}; ports come from the build.
 */
final class AppCluster implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Pattern MEMBER_ADDRESS = Pattern.compile("Address:? /([^:/\\s]+):\\d+");

    private final List<PayaraProcess> nodes = new ArrayList<>();

    private AppCluster() {}

    static AppCluster start(Map<String, String> overrides) throws Exception {
        List<Integer> httpPorts = ports("andes.it.node.http.ports");
        List<Integer> clusterPorts = ports("andes.it.node.cluster.ports");
        String name = "andes-it-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        Path work = Path.of(System.getProperty("andes.it.work")).resolve("cluster");
        AppCluster cluster = new AppCluster();
        try {
            for (int member = 0; member < httpPorts.size(); member++) {
                cluster.nodes.add(PayaraProcess.startClustered(
                        Path.of(System.getProperty("payara.microJar")),
                        Path.of(System.getProperty("andes.it.war")),
                        work.resolve("node-" + (member + 1)),
                        httpPorts.get(member),
                        overrides,
                        name,
                        clusterPorts,
                        member,
                        ItEnvironment.QUICK_START_JVM));
            }
            for (PayaraProcess node : cluster.nodes) {
                node.awaitReady(START);
            }
            cluster.awaitMembers(httpPorts.size());
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    private static List<Integer> ports(String property) {
        return Arrays.stream(System.getProperty(property).split(","))
                .map(Integer::parseInt)
                .toList();
    }

    /**
     * Payara logs the data grid's state on a member when it joins or sees another come or go (not always on every
     * member): one log showing all of them is enough, since Hazelcast's member list is the same everywhere. Every
     * member address in every log must be on loopback.
     */
    private void awaitMembers(int size) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (logs().stream().noneMatch(log -> log.contains("DG Size: " + size))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The instances did not form one cluster of " + size + "; see "
                        + nodes.get(0).log().getParent().getParent());
            }
            Thread.sleep(250);
        }
        List<String> addresses = new ArrayList<>();
        for (String log : logs()) {
            Matcher member = MEMBER_ADDRESS.matcher(log);
            while (member.find()) {
                addresses.add(member.group(1));
            }
        }
        assertThat(addresses).as("member addresses in the logs").hasSizeGreaterThanOrEqualTo(size);
        assertThat(addresses).as("member addresses in the logs").containsOnly("127.0.0.1");
    }

    private List<String> logs() throws IOException {
        List<String> logs = new ArrayList<>();
        for (PayaraProcess node : nodes) {
            logs.add(Files.readString(node.log(), StandardCharsets.UTF_8));
        }
        return logs;
    }

    /** A client of instance {@code member} (0 or 1). */
    Api api(int member) {
        return Api.of(baseUrl(member));
    }

    String baseUrl(int member) {
        return nodes.get(member).baseUrl();
    }

    int size() {
        return nodes.size();
    }

    /** Instance {@code member} dies as in a crash (SIGKILL): nothing of it finishes, its connections just drop. */
    void kill(int member) throws InterruptedException {
        nodes.get(member).kill();
    }

    @Override
    public void close() throws InterruptedException {
        for (PayaraProcess node : nodes) {
            node.close(); // a killed one is already gone
        }
    }
}
