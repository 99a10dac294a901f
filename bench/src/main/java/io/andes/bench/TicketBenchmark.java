package io.andes.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticketing benchmark: seeds tenants through the API and their ticket histories by bulk JDBC, measures the history,
 * the filtered history and the search through the API at 1, 16 and 64 clients, then ticket opening through the API
 * against the same rows written on raw JDBC, captures the plans of the application's SQL, and reports
 * ({@code ticket-bench.md}).
 */
public final class TicketBenchmark implements Benchmark {

    /** Levels of the create comparison: a single client measures latency, not throughput. */
    static final List<Integer> CREATE_LEVELS = List.of(16, 64);
    /** The side that replays all of the application's SQL for an opening on raw JDBC. */
    static final String APP_SQL = "raw JDBC, app's SQL";

    @Override
    public void run(BenchContext context) throws Exception {
        TicketReport.Seeding seeding = seed(context);
        List<String> tenants = seeding.tenants();
        List<String> tokens = context.userTokens(tenants);
        ApiLoad api = new ApiLoad(context.baseUrl(), tokens);
        TicketRoutes routes = new TicketRoutes(context.baseUrl());
        String loadBefore = ReportParts.loadAverage();

        context.warmUpJit("reads", load(api, routes.anyRead()));
        List<LoadResult> reads = new ArrayList<>();
        for (ApiLoad.Call route : routes.reads()) {
            for (int clients : BenchContext.LEVELS) {
                reads.add(context.measure(route.side(), clients, load(api, route)));
            }
        }

        ApiLoad.Call open = routes.open();
        JdbcLoad raw = new JdbcLoad(context.jdbcUrl(), tenants);
        context.warmUpJit("create", load(api, open));
        List<LoadResult> creates = new ArrayList<>();
        for (int clients : CREATE_LEVELS) {
            creates.add(context.measure(ApiLoad.SIDE + " create", clients, load(api, open)));
            creates.add(context.measure(
                    JdbcLoad.SIDE + " create",
                    clients,
                    (n, warmup, window) -> raw.run(TicketCreation::new, n, warmup, window)));
            creates.add(context.measure(
                    APP_SQL, clients, (n, warmup, window) -> raw.run(TicketCreationAsApp::new, n, warmup, window)
                            .named(APP_SQL)));
        }

        System.out.println("Capturing the plans of the application's ticket SQL ...");
        List<ApiLoad.Call> planned = new ArrayList<>(routes.reads());
        planned.add(new ApiLoad.Call("open ticket", open.request(), open.expectedStatus()));
        List<QueryPlans.Plan> plans = new QueryPlans(raw, context.baseUrl(), tokens.get(0)).of(planned);

        TicketReport report =
                new TicketReport(context.options(), seeding, loadBefore, reads, creates, plans, tenants.get(0));
        context.report(report.console(), report.markdown());
    }

    private static TicketReport.Seeding seed(BenchContext context) throws Exception {
        BenchContext.SeededTenants tenants = context.seedTenants();
        int perTenant = context.options().ticketsPerTenant();
        System.out.printf(
                "Seeding %,d tickets per tenant by bulk JDBC (%d connections, batches of %d) ...%n",
                perTenant, TicketSeeder.CONNECTIONS, TicketSeeder.BATCH);
        JdbcLoad database = new JdbcLoad(context.jdbcUrl(), tenants.codes());
        Duration took = new TicketSeeder(database, perTenant, Instant.now()).seed(tenants.codes());
        long tickets = (long) perTenant * tenants.codes().size();
        System.out.printf(
                "Seeded %,d tickets and as many status entries in %s s (%,.0f tickets/s)%n",
                tickets, ReportParts.seconds(took), tickets / Math.max(0.001, took.toMillis() / 1000.0));
        return new TicketReport.Seeding(tenants.codes(), tenants.took(), tickets, took);
    }

    private static BenchContext.Load load(ApiLoad api, ApiLoad.Call call) {
        return (clients, warmup, window) -> api.run(call, clients, warmup, window);
    }
}
