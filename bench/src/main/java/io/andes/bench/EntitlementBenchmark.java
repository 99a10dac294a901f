package io.andes.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The entitlement benchmark: seeds tenants through the API, measures consumptions through the API, the API floor (the
 * same call refused at once) and then the same transaction on raw JDBC at 1, 16 and 64 clients, and reports
 * ({@code entitlement-bench.md}).
 */
public final class EntitlementBenchmark implements Benchmark {

    @Override
    public void run(BenchContext context) throws Exception {
        BenchContext.SeededTenants tenants = context.seedTenants();
        List<String> tokens = context.userTokens(tenants.codes());
        ApiLoad api = new ApiLoad(context.baseUrl(), tokens);
        ApiLoad.Call consumption = ApiLoad.consumption(context.baseUrl());
        BenchContext.Load apiLoad = (clients, warmup, window) -> api.run(consumption, clients, warmup, window);
        context.warmUpJit(ApiLoad.SIDE, apiLoad);
        List<LoadResult> apiResults = new ArrayList<>();
        for (int clients : BenchContext.LEVELS) {
            apiResults.add(context.measure(ApiLoad.SIDE, clients, apiLoad));
        }
        ApiLoad.Call floor = ApiLoad.floor(context.baseUrl());
        List<LoadResult> floorResults = new ArrayList<>();
        for (int clients : BenchContext.LEVELS) {
            floorResults.add(context.measure(
                    ApiLoad.FLOOR_SIDE, clients, (n, warmup, window) -> api.run(floor, n, warmup, window)));
        }
        JdbcLoad raw = new JdbcLoad(context.jdbcUrl(), tenants.codes());
        List<LoadResult> rawResults = new ArrayList<>();
        for (int clients : BenchContext.LEVELS) {
            rawResults.add(context.measure(
                    JdbcLoad.SIDE,
                    clients,
                    (n, warmup, window) -> raw.run(EntitlementConsumption::new, n, warmup, window)));
        }
        RoundTrips roundTrips = new RoundTrips(raw, "entitlement_movement");
        List<RoundTrips.Trace> traces = List.of(
                roundTrips.app(context.baseUrl(), consumption, tokens.get(0)),
                roundTrips.raw(EntitlementConsumption::new, tenants.codes().get(0)));
        BenchReport report =
                new BenchReport(context.options(), tenants.took(), apiResults, floorResults, rawResults, traces);
        context.report(report.console(), report.markdown());
    }
}
