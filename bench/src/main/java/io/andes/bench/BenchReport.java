package io.andes.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entitlement benchmark's results, as a plain-text table for the console and as Markdown for
 * {@code entitlement-bench.md}, with the app/raw throughput ratio per level and the verdict against the targets at 64
 * clients. The API floor, the same call refused at once, shows how much of the raw ceiling any API call can reach at all.
 */
public final class BenchReport {

    public static final int TARGET_CLIENTS = 64;
    public static final double TARGET_THROUGHPUT = 2_000;
    public static final double TARGET_RATIO = 0.5;

    private final BenchOptions options;
    private final Duration seeding;
    private final List<LoadResult> app;
    private final List<LoadResult> floor;
    private final List<LoadResult> raw;
    private final List<RoundTrips.Trace> traces;

    /**
     * {@code app}, {@code floor} and {@code raw} hold one result per concurrency level, in the same order;
     * {@code traces} what one consumption sends to the database on each side.
     */
    BenchReport(
            BenchOptions options,
            Duration seeding,
            List<LoadResult> app,
            List<LoadResult> floor,
            List<LoadResult> raw,
            List<RoundTrips.Trace> traces) {
        if (app.size() != raw.size() || floor.size() != raw.size()) {
            throw new IllegalArgumentException("One app, one floor and one raw result per level");
        }
        this.options = options;
        this.seeding = seeding;
        this.app = List.copyOf(app);
        this.floor = List.copyOf(floor);
        this.raw = List.copyOf(raw);
        this.traces = List.copyOf(traces);
    }

    public String console() {
        StringBuilder out = new StringBuilder(ReportParts.consoleHeader());
        interleaved().forEach(result -> out.append(ReportParts.consoleRow(result)));
        out.append('\n');
        for (int i = 0; i < app.size(); i++) {
            out.append(String.format(
                    Locale.ROOT,
                    "ratio app/raw at %2d clients: %s (API floor/raw: %s)%n",
                    app.get(i).clients(),
                    ratioText(app, i),
                    ratioText(floor, i)));
        }
        out.append(verdict()).append('\n');
        traces.forEach(trace -> out.append(String.format(
                Locale.ROOT, "database round trips per consumption, %s: %d%n", trace.side(), trace.roundTrips())));
        ReportParts.errorNotes(interleaved()).forEach(note -> out.append(note).append('\n'));
        return out.toString();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Entitlement consumption benchmark\n\n");
        md.append(ReportParts.environment(options));
        md.append("- Seeding: ")
                .append(options.tenants())
                .append(" tenants in ")
                .append(ReportParts.seconds(seeding))
                .append(" s\n");
        md.append("- App: `POST /api/v1/entitlements/DTE_DOCUMENTS/consumptions` on Payara Micro;")
                .append(" API floor: the same call without its token, answered 401 at once (HTTP, the container's")
                .append(" security, JAX-RS routing, a problem answer; no token check, no body, no transaction: no API")
                .append(" call can be faster);")
                .append(" raw JDBC: the same transaction over Connector/J, one connection per client;")
                .append(" same embedded MariaDB, same machine (load generator included).\n\n");
        md.append(ReportParts.RESULT_HEADER);
        interleaved().forEach(result -> md.append(ReportParts.markdownRow(ReportParts.cells(result))));
        md.append("\n| Clients | app/raw throughput | API floor/raw throughput |\n|--:|--:|--:|\n");
        for (int i = 0; i < app.size(); i++) {
            md.append(ReportParts.markdownRow(
                    List.of(String.valueOf(app.get(i).clients()), ratioText(app, i), ratioText(floor, i))));
        }
        md.append('\n').append(verdict()).append('\n');
        md.append(roundTrips());
        md.append(ReportParts.markdownNotes(ReportParts.errorNotes(interleaved())));
        return md.toString();
    }

    /** One consumption's commands on each side, in order: one line, one round trip to the database. */
    private String roundTrips() {
        if (traces.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Database round trips per consumption\n");
        for (RoundTrips.Trace trace : traces) {
            md.append("\n")
                    .append(trace.side())
                    .append(": ")
                    .append(trace.roundTrips())
                    .append("\n\n");
            trace.commands()
                    .forEach(command ->
                            md.append("1. `").append(command.replace('`', '\'')).append("`\n"));
        }
        return md.toString();
    }

    private List<LoadResult> interleaved() {
        List<LoadResult> rows = new ArrayList<>();
        for (int i = 0; i < app.size(); i++) {
            rows.add(app.get(i));
            rows.add(floor.get(i));
            rows.add(raw.get(i));
        }
        return rows;
    }

    /** The throughput of {@code side}'s level {@code i} over the raw ceiling's. */
    private double ratio(List<LoadResult> side, int i) {
        double ceiling = raw.get(i).throughput();
        return ceiling == 0 ? 0 : side.get(i).throughput() / ceiling;
    }

    private String ratioText(List<LoadResult> side, int i) {
        return String.format(Locale.ROOT, "%.2f", ratio(side, i));
    }

    private String verdict() {
        for (int i = 0; i < app.size(); i++) {
            if (app.get(i).clients() == TARGET_CLIENTS) {
                double throughput = app.get(i).throughput();
                return String.format(
                        Locale.ROOT,
                        "At %d clients: app %,.0f consumptions/s (target >= %,.0f): %s; app/raw %.2f (target >= %.1f):"
                                + " %s. The same call refused at once (API floor) reaches %,.0f/s, %.2f of raw.",
                        TARGET_CLIENTS,
                        throughput,
                        TARGET_THROUGHPUT,
                        met(throughput >= TARGET_THROUGHPUT),
                        ratio(app, i),
                        TARGET_RATIO,
                        met(ratio(app, i) >= TARGET_RATIO),
                        floor.get(i).throughput(),
                        ratio(floor, i));
            }
        }
        return "No run at " + TARGET_CLIENTS + " clients: targets not evaluated";
    }

    static String met(boolean met) {
        return met ? "MET" : "NOT MET";
    }
}
