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
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<Api.Reply> task = () -> {
                    gate.await();
                    return call.apply(n);
                };
                futures.add(pool.submit(task));
            }
            gate.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
