package io.andes.app.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Payara Micro running the Andes WAR as a child process, bound to loopback, without Hazelcast unless it is started as a
 * member of a cluster ({@link #startClustered}). Payara prints "ready"
 * even when the deployment failed, so readiness is decided by polling the application's own health endpoint, and a
 * SEVERE line in the log during start-up fails the start.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private PayaraProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static PayaraProcess start(Path payaraJar, Path war, Path workDir, int port, Map<String, String> env)
            throws IOException {
        return start(payaraJar, war, workDir, port, env, List.of(), List.of("--nohazelcast"));
    }

    /**
     * A member of the Hazelcast cluster {@code clusterName} whose members listen on loopback at {@code memberPorts}
     * (this one at {@code memberPorts.get(member)}): sessions are shared through the cluster, and Hazelcast binds to
     * 127.0.0.1 only. {@code jvmOptions} are added to the instance's JVM.
     */
    public static PayaraProcess startClustered(
            Path payaraJar,
            Path war,
            Path workDir,
            int port,
            Map<String, String> env,
            String clusterName,
            List<Integer> memberPorts,
            int member,
            List<String> jvmOptions)
            throws IOException {
        String members = memberPorts.stream()
                .map(p -> "127.0.0.1:" + p)
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        return start(
                payaraJar,
                war,
                workDir,
                port,
                env,
                Stream.concat(Stream.of("-Dhazelcast.socket.bind.any=false"), jvmOptions.stream())
                        .toList(),
                List.of(
                        "--name",
                        clusterName + "-" + (member + 1),
                        "--clustername",
                        clusterName,
                        "--clustermode",
                        "tcpip:" + members,
                        "--interfaces",
                        "127.0.0.1",
                        "--startport",
                        String.valueOf(memberPorts.get(member))));
    }

    private static PayaraProcess start(
            Path payaraJar,
            Path war,
            Path workDir,
            int port,
            Map<String, String> env,
            List<String> jvmOptions,
            List<String> clusterOptions)
            throws IOException {
        Files.createDirectories(workDir);
        // Payara Micro would otherwise reuse a stale exploded WAR
        Directories.deleteRecursively(workDir.resolve("runtime"));
        Path preBoot = writeLoopbackPreBoot(workDir);
        Path log = workDir.resolve("payara.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms512m",
                "-Xmx1g",
                // as the container image's default (docker/entrypoint.sh): on 2 cores Parallel served ~55 % more
                // consumptions than G1 at 64 clients (README, "Benchmark")
                "-XX:+UseParallelGC"));
        command.addAll(jvmOptions);
        // Extra JVM options for the application server, e.g. a profiler agent: ANDES_JAVA_OPTS="-agentpath:..."
        String extra = System.getenv("ANDES_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-jar",
                payaraJar.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--prebootcommandfile",
                preBoot.toString(),
                "--rootdir",
                workDir.resolve("runtime").toString()));
        command.addAll(clusterOptions);
        // Request threads, as the container image sizes them (docker/entrypoint.sh): six per core. A few threads that
        // keep the cores busy serve more than many that take turns: at 64 clients 8 or 12 threads served about 1,800
        // consumptions/s, Payara's default pool about 1,200 (README, "Benchmark")
        String maxThreads = System.getenv("ANDES_HTTP_MAX_THREADS");
        command.addAll(List.of(
                "--maxhttpthreads",
                maxThreads == null || maxThreads.isBlank()
                        ? String.valueOf(6 * Runtime.getRuntime().availableProcessors())
                        : maxThreads.trim()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new PayaraProcess(builder.start(), log, port);
    }

    /** Writes the pre-boot command that binds the HTTP listener to 127.0.0.1, and returns the file. */
    public static Path writeLoopbackPreBoot(Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(
                dir.resolve("preboot.asadmin"),
                "set configs.config.server-config.network-config.network-listeners"
                        + ".network-listener.http-listener.address=127.0.0.1\n");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /health/ready} answers 200; fails early if the process dies or logs SEVERE. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                // the first answer of a cold instance on a busy machine can take long: a short timeout would only
                // pile up abandoned requests
                .timeout(Duration.ofSeconds(30))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            failIfBroken();
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro did not become ready in " + timeout + "; see " + log);
    }

    private void failIfBroken() throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
        }
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        int severe = text.indexOf("SEVERE");
        if (severe >= 0) {
            throw new IllegalStateException("Payara Micro reported an error; see " + log + ":\n"
                    + text.substring(severe, Math.min(text.length(), severe + 2000)));
        }
    }

    public Path log() {
        return log;
    }

    /** As in a crash: SIGKILL, no shutdown of any kind; returns once the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
