package io.andes.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: each client thread sends its next operation as soon as the previous one answers, through a
 * warm-up and then a measured window. An operation counts in the window when it completes inside it.
 */
public final class ClosedLoop {

    /** One client's connection to the system under test. */
    public interface Client {

        /** Performs one operation; returns null when it succeeded, otherwise a description of what went wrong. */
        String call() throws Exception;

        /** Releases what the client holds. */
        default void close() {}
    }

    /** Opens the client of one thread. */
    @FunctionalInterface
    public interface ClientFactory {
        Client open(int index) throws Exception;
    }

    private ClosedLoop() {}

    /** Runs {@code clients} threads for {@code warmup + window} and returns what the window measured. */
    public static LoadResult run(String side, int clients, ClientFactory factory, Duration warmup, Duration window)
            throws Exception {
        List<Client> opened = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                opened.add(factory.open(i));
            }
            return drive(side, opened, warmup, window);
        } finally {
            opened.forEach(Client::close);
        }
    }

    private static LoadResult drive(String side, List<Client> clients, Duration warmup, Duration window)
            throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<String> firstError = new AtomicReference<>();
        long[] bounds = new long[2];
        List<Tally> tallies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Client client = clients.get(i);
            Tally tally = new Tally();
            tallies.add(tally);
            Thread thread = new Thread(
                    () -> {
                        try {
                            go.await();
                            tally.loop(client, bounds[0], bounds[1], firstError);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    side.replace(' ', '-') + "-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        bounds[0] = System.nanoTime() + warmup.toNanos();
        bounds[1] = bounds[0] + window.toNanos();
        go.countDown(); // publishes bounds to the client threads
        for (Thread thread : threads) {
            thread.join();
        }
        Histogram latencies = new Histogram(3);
        long operations = 0;
        long errors = 0;
        long warmupErrors = 0;
        for (Tally tally : tallies) {
            latencies.add(tally.latencies);
            operations += tally.operations;
            errors += tally.errors;
            warmupErrors += tally.warmupErrors;
        }
        return new LoadResult(
                side,
                clients.size(),
                window.toNanos() / 1e9,
                operations,
                errors,
                warmupErrors,
                firstError.get(),
                latencies,
                ReportParts.loadAverage().split(" ")[0]);
    }

    /** One thread's counts; read by the coordinator only after the thread has ended. */
    private static final class Tally {
        final Histogram latencies = new Histogram(3);
        long operations;
        long errors;
        long warmupErrors;

        void loop(Client client, long measureStart, long measureEnd, AtomicReference<String> firstError) {
            while (true) {
                long begin = System.nanoTime();
                if (begin - measureEnd >= 0) {
                    return;
                }
                String error;
                try {
                    error = client.call();
                } catch (Exception e) {
                    error = e.toString();
                }
                long end = System.nanoTime();
                if (error != null) {
                    firstError.compareAndSet(null, error);
                }
                if (end - measureStart < 0) {
                    warmupErrors += error == null ? 0 : 1;
                } else if (end - measureEnd < 0) {
                    if (error == null) {
                        operations++;
                        latencies.recordValue(Math.max(0, (end - begin) / 1000));
                    } else {
                        errors++;
                    }
                }
            }
        }
    }
}
