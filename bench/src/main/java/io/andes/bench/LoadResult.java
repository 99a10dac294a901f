package io.andes.bench;

import org.HdrHistogram.Histogram;

/**
 * What one measured window produced for one side at one concurrency level: successful operations, their latencies in
 * microseconds, the errors (in the window, and separately during the warm-up), and the machine's one-minute load
 * average when the window ended (the machine may be shared: a load above its processor count means noise).
 */
public record LoadResult(
        String side,
        int clients,
        double seconds,
        long operations,
        long errors,
        long warmupErrors,
        String firstError,
        Histogram latencyMicros,
        String loadAverage) {

    /** The same result under another side's name. */
    public LoadResult named(String name) {
        return new LoadResult(
                name, clients, seconds, operations, errors, warmupErrors, firstError, latencyMicros, loadAverage);
    }

    /** Successful operations per second of the measured window. */
    public double throughput() {
        return operations / seconds;
    }

    public double p50Millis() {
        return millis(latencyMicros.getValueAtPercentile(50));
    }

    public double p95Millis() {
        return millis(latencyMicros.getValueAtPercentile(95));
    }

    public double p99Millis() {
        return millis(latencyMicros.getValueAtPercentile(99));
    }

    public double maxMillis() {
        return millis(latencyMicros.getMaxValue());
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
