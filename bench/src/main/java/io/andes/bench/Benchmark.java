package io.andes.bench;

/** One benchmark: what it seeds, measures and reports once the platform runs on a fresh database. */
@FunctionalInterface
public interface Benchmark {

    void run(BenchContext context) throws Exception;
}
