package io.andes.app.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Calls at the same instant, for the races the platform must win: quotas, idempotency keys, counters. */
final class Parallel {

    private Parallel() {}

    /** Runs {@code count} calls released together by one gate, and returns every answer. */
    static List<Api.Reply> simultaneously(int count, IntFunction<Api.Reply> call) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        return run(
                count,
                count,
                n -> {
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return call.apply(n);
                },
                gate::countDown);
    }

    /** Runs {@code count} calls on {@code threads} threads, as they come, and returns every result in call order. */
    static <T> List<T> spread(int count, int threads, IntFunction<T> call) throws Exception {
        return run(count, threads, call, () -> {});
    }

    private static <T> List<T> run(int count, int threads, IntFunction<T> call, Runnable submitted) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<T> task = () -> call.apply(n);
                futures.add(pool.submit(task));
            }
            submitted.run();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
