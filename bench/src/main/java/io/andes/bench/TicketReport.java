package io.andes.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ticketing benchmark's results for the console and for {@code ticket-bench.md}: seeding, the read routes per
 * level against the p99 target, ticket opening through the API against its raw JDBC ceiling, and the plans of the
 * application's SQL.
 */
final class TicketReport {

    static final double TARGET_P99_MILLIS = 100;
    static final double TARGET_RATIO = 0.5;

    /** How to read the search plans; the figures to check are in the tables above them. */
    static final String PLAN_NOTES = "\n## Reading the search plans\n\n"
            + "- `search_text LIKE '%word%'` (the folded subject and description in one binary column, compared"
            + " byte by byte) cannot use an index beyond the tenant prefix. The page query walks the tenant's"
            + " `ix_ticket_history` newest first and stops at 20 matches (its `r_rows`: how far it walked); the count"
            + " for the pager reads every ticket of the tenant (its `r_rows`), so its cost grows with the tenant's"
            + " history, not with the matches.\n"
            + "- A FULLTEXT index (`FULLTEXT (subject, description)`) cannot lead with `tenant_id`: InnoDB full-text"
            + " indexes hold text columns only, so `MATCH … AGAINST` finds the word in every tenant's tickets and"
            + " filters by tenant afterwards. For a word common to many tenants that reads more than the tenant-bounded"
            + " scan; it pays off only for rare words or far larger histories per tenant.\n";

    /** What the three sides of the opening measurement send; the figures follow in the table. */
    static final String OPENING_SIDES = "App: `POST /api/v1/tickets` with generated Spanish content (catalog, tier, SLA"
            + " policy and tenant come from its in-memory caches). Raw JDBC, same rows written: one transaction with"
            + " the next number (`INSERT … ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)` on the"
            + " counter row, as the app takes it), the ticket `INSERT` (every column the app fills:"
            + " STANDARD tier, NORMAL priority, SLA clause and due instants), the first status `INSERT` and the"
            + " `TARGETS_SET` `sla_event` `INSERT`; one connection per client, measured right after the app at the"
            + " same level. The app also reads the ticket queue's agents `FOR UPDATE` (round robin; none"
            + " configured here, so nothing is updated) and the tenant's webhook endpoints (`ticket.created`; none"
            + " here); the duplicate warning is asked before opening (`similar open`, measured with the reads), not"
            + " again by the opening. The third side, raw JDBC with the app's SQL, sends those 6 statements in the"
            + " app's order in one transaction (see the plans below), so app against it is the application server's"
            + " share.\n\n";

    /** What was seeded and how long it took. */
    record Seeding(List<String> tenants, Duration tenantsTook, long tickets, Duration ticketsTook) {}

    private final BenchOptions options;
    private final Seeding seeding;
    private final String loadBefore;
    private final List<LoadResult> reads;
    private final List<LoadResult> creates;
    private final List<QueryPlans.Plan> plans;
    private final String planTenant;

    /** {@code creates} holds per level: the app, raw JDBC, raw JDBC with all of the app's SQL. */
    TicketReport(
            BenchOptions options,
            Seeding seeding,
            String loadBefore,
            List<LoadResult> reads,
            List<LoadResult> creates,
            List<QueryPlans.Plan> plans,
            String planTenant) {
        this.options = options;
        this.seeding = seeding;
        this.loadBefore = loadBefore;
        this.reads = List.copyOf(reads);
        this.creates = List.copyOf(creates);
        this.plans = List.copyOf(plans);
        this.planTenant = planTenant;
    }

    String console() {
        StringBuilder out = new StringBuilder(ReportParts.consoleHeader());
        reads.forEach(result -> out.append(ReportParts.consoleRow(result)));
        creates.forEach(result -> out.append(ReportParts.consoleRow(result)));
        out.append('\n');
        readVerdicts().forEach(line -> out.append(line).append('\n'));
        createVerdicts().forEach(line -> out.append(line).append('\n'));
        ReportParts.errorNotes(all()).forEach(note -> out.append(note).append('\n'));
        return out.toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Ticketing benchmark\n\n");
        md.append(ReportParts.environment(options));
        md.append("- Load average after seeding, before the measurements: ")
                .append(loadBefore)
                .append(" — the machine is shared with other builds, so figures carry their noise;")
                .append(" the load generator, Payara Micro and MariaDB share the same CPUs.\n");
        md.append(seedingText());
        md.append("\n## History and search through the API\n\n");
        md.append("`GET /api/v1/tickets?page=0&size=20` (history), the same with `status=` one of the five statuses")
                .append(" drawn per request (history by status), and with `q=")
                .append(TicketTexts.SEARCH_WORD)
                .append("` (search: about one subject in ten holds the word), each as a random tenant's user;")
                .append(" every answer also counts the matching tickets for the pager.\n\n");
        md.append(ReportParts.RESULT_HEADER);
        reads.forEach(result -> md.append(ReportParts.markdownRow(ReportParts.cells(result))));
        md.append('\n');
        readVerdicts().forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n## Opening tickets: API against the raw JDBC ceiling\n\n");
        md.append(OPENING_SIDES);
        md.append(ReportParts.RESULT_HEADER);
        creates.forEach(result -> md.append(ReportParts.markdownRow(ReportParts.cells(result))));
        md.append('\n');
        createVerdicts().forEach(line -> md.append("- ").append(line).append('\n'));
        md.append(plansText());
        md.append(PLAN_NOTES);
        md.append(ReportParts.markdownNotes(ReportParts.errorNotes(all())));
        return md.toString();
    }

    private String seedingText() {
        double seconds = Math.max(0.001, seeding.ticketsTook().toMillis() / 1000.0);
        return String.format(
                Locale.ROOT,
                "- Seeding: %,d tenants through the API (16 clients) in %s s; %,d tickets plus %,d first status"
                        + " entries by bulk JDBC (%d connections, multi-row INSERTs of %d rows, one transaction per"
                        + " tenant, counters set, ANALYZE TABLE after) in %s s (%,.0f tickets/s)\n"
                        + "- Database: embedded MariaDB 11.4 as the dev run starts it (innodb_buffer_pool_size 256M,"
                        + " innodb_flush_log_at_trx_commit 1)\n",
                seeding.tenants().size(),
                ReportParts.seconds(seeding.tenantsTook()),
                seeding.tickets(),
                seeding.tickets(),
                TicketSeeder.CONNECTIONS,
                TicketSeeder.BATCH,
                ReportParts.seconds(seeding.ticketsTook()),
                seeding.tickets() / seconds);
    }

    private List<String> readVerdicts() {
        List<String> lines = new ArrayList<>();
        for (String route : reads.stream().map(LoadResult::side).distinct().toList()) {
            List<LoadResult> levels =
                    reads.stream().filter(r -> r.side().equals(route)).toList();
            String met = levels.stream()
                    .filter(r -> r.p99Millis() < TARGET_P99_MILLIS && r.errors() == 0)
                    .map(r -> String.valueOf(r.clients()))
                    .collect(Collectors.joining(", "));
            lines.add(String.format(
                    Locale.ROOT,
                    "%s: p99 < %.0f ms at %s clients",
                    route,
                    TARGET_P99_MILLIS,
                    met.isEmpty() ? "no level of" : met));
        }
        return lines;
    }

    private List<String> createVerdicts() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i + 2 < creates.size(); i += 3) {
            LoadResult app = creates.get(i);
            LoadResult raw = creates.get(i + 1);
            LoadResult appSql = creates.get(i + 2);
            double ratio = share(app, raw);
            lines.add(String.format(
                    Locale.ROOT,
                    "At %d clients: app %,.1f tickets/s, raw JDBC (same rows written) %,.1f tickets/s, app/raw %.2f"
                            + " (target >= %.1f): %s;"
                            + " raw JDBC with all of the app's SQL %,.1f tickets/s (app/that %.2f)",
                    app.clients(),
                    app.throughput(),
                    raw.throughput(),
                    ratio,
                    TARGET_RATIO,
                    BenchReport.met(ratio >= TARGET_RATIO),
                    appSql.throughput(),
                    share(app, appSql)));
        }
        return lines;
    }

    private static double share(LoadResult part, LoadResult whole) {
        return whole.throughput() == 0 ? 0 : part.throughput() / whole.throughput();
    }

    private String plansText() {
        StringBuilder md = new StringBuilder("\n## Plans of the application's SQL\n\n");
        md.append("Statements captured from MariaDB's general log while one request of each route ran as tenant `")
                .append(planTenant)
                .append("`; each SELECT re-run under `ANALYZE` (`rows` is the optimizer's estimate, `r_rows` the rows")
                .append(" it really read), each write under `EXPLAIN`.\n");
        for (QueryPlans.Plan plan : plans) {
            md.append("\n**").append(plan.route()).append("**");
            if (plan.count() > 1) {
                md.append(" — ").append(plan.count()).append(" statements of this shape in one request, one shown");
            }
            md.append("\n\n```sql\n").append(plan.sql()).append("\n```\n\n");
            md.append(ReportParts.markdownRow(plan.columns()));
            md.append("|").append("---|".repeat(plan.columns().size())).append('\n');
            plan.rows()
                    .forEach(row -> md.append(ReportParts.markdownRow(
                            row.stream().map(cell -> cell.replace("|", "\\|")).toList())));
        }
        return md.toString();
    }

    private List<LoadResult> all() {
        List<LoadResult> all = new ArrayList<>(reads);
        all.addAll(creates);
        return all;
    }
}
