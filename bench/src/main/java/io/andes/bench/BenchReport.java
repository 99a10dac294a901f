package io.andes.bench;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's results, as a plain-text table for the console and as Markdown for {@code entitlement-bench.md},
 * with the app/raw throughput ratio per level and the verdict against the targets at 64 clients.
 */
public final class BenchReport {

    public static final int TARGET_CLIENTS = 64;
    public static final double TARGET_THROUGHPUT = 2_000;
    public static final double TARGET_RATIO = 0.5;

    private final BenchOptions options;
    private final Duration seeding;
    private final List<LoadResult> app;
    private final List<LoadResult> raw;
    private final ZonedDateTime date = ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    /** {@code app} and {@code raw} hold one result per concurrency level, in the same order. */
    public BenchReport(BenchOptions options, Duration seeding, List<LoadResult> app, List<LoadResult> raw) {
        if (app.size() != raw.size()) {
            throw new IllegalArgumentException("One app and one raw result per level");
        }
        this.options = options;
        this.seeding = seeding;
        this.app = List.copyOf(app);
        this.raw = List.copyOf(raw);
    }

    public String console() {
        StringBuilder out = new StringBuilder();
        String row = "%7s  %-8s  %10s  %8s  %8s  %8s  %7s%n";
        out.append(String.format(Locale.ROOT, row, "clients", "side", "ops/s", "p50 ms", "p99 ms", "max ms", "errors"));
        for (LoadResult result : interleaved()) {
            out.append(String.format(Locale.ROOT, row, cells(result).toArray()));
        }
        out.append('\n');
        for (int i = 0; i < app.size(); i++) {
            out.append(String.format(
                    Locale.ROOT,
                    "ratio app/raw at %2d clients: %s%n",
                    app.get(i).clients(),
                    ratioText(i)));
        }
        out.append(verdict()).append('\n');
        errorNotes().forEach(note -> out.append(note).append('\n'));
        return out.toString();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Entitlement consumption benchmark\n\n");
        md.append("- Date: ")
                .append(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        md.append("- nproc: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append('\n');
        md.append("- Java: ")
                .append(System.getProperty("java.version"))
                .append(" (")
                .append(System.getProperty("java.vm.name"))
                .append(")\n");
        md.append("- Options: `").append(options.commandLine()).append("`\n");
        md.append("- Seeding: ")
                .append(options.tenants())
                .append(" tenants in ")
                .append(seconds(seeding))
                .append(" s\n");
        md.append("- App: `POST /api/v1/entitlements/DTE_DOCUMENTS/consumptions` on Payara Micro;")
                .append(" raw JDBC: the same transaction over Connector/J, one connection per client;")
                .append(" same embedded MariaDB, same machine (load generator included).\n\n");
        md.append("| Clients | Side | ops/s | p50 ms | p99 ms | max ms | Errors |\n");
        md.append("|--:|---|--:|--:|--:|--:|--:|\n");
        for (LoadResult result : interleaved()) {
            md.append("| ").append(String.join(" | ", cells(result))).append(" |\n");
        }
        md.append("\n| Clients | app/raw throughput |\n|--:|--:|\n");
        for (int i = 0; i < app.size(); i++) {
            md.append("| ")
                    .append(app.get(i).clients())
                    .append(" | ")
                    .append(ratioText(i))
                    .append(" |\n");
        }
        md.append('\n').append(verdict()).append('\n');
        List<String> notes = errorNotes();
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(
                    note -> md.append("- ").append(note.replace("|", "\\|")).append('\n'));
        }
        return md.toString();
    }

    private List<LoadResult> interleaved() {
        List<LoadResult> rows = new ArrayList<>();
        for (int i = 0; i < app.size(); i++) {
            rows.add(app.get(i));
            rows.add(raw.get(i));
        }
        return rows;
    }

    private static List<String> cells(LoadResult result) {
        return List.of(
                String.valueOf(result.clients()),
                result.side(),
                String.format(Locale.ROOT, "%,.1f", result.throughput()),
                String.format(Locale.ROOT, "%.2f", result.p50Millis()),
                String.format(Locale.ROOT, "%.2f", result.p99Millis()),
                String.format(Locale.ROOT, "%.2f", result.maxMillis()),
                String.valueOf(result.errors()));
    }

    private double ratio(int i) {
        double ceiling = raw.get(i).throughput();
        return ceiling == 0 ? 0 : app.get(i).throughput() / ceiling;
    }

    private String ratioText(int i) {
        return String.format(Locale.ROOT, "%.2f", ratio(i));
    }

    private String verdict() {
        for (int i = 0; i < app.size(); i++) {
            if (app.get(i).clients() == TARGET_CLIENTS) {
                double throughput = app.get(i).throughput();
                return String.format(
                        Locale.ROOT,
                        "At %d clients: app %,.0f consumptions/s (target >= %,.0f): %s; app/raw %.2f (target >= %.1f): %s",
                        TARGET_CLIENTS,
                        throughput,
                        TARGET_THROUGHPUT,
                        met(throughput >= TARGET_THROUGHPUT),
                        ratio(i),
                        TARGET_RATIO,
                        met(ratio(i) >= TARGET_RATIO));
            }
        }
        return "No run at " + TARGET_CLIENTS + " clients: targets not evaluated";
    }

    private static String met(boolean met) {
        return met ? "MET" : "NOT MET";
    }

    private List<String> errorNotes() {
        List<String> notes = new ArrayList<>();
        for (LoadResult result : interleaved()) {
            if (result.errors() > 0 || result.warmupErrors() > 0) {
                notes.add(String.format(
                        Locale.ROOT,
                        "%s at %d clients: %d errors in the window, %d in the warm-up; first: %s",
                        result.side(),
                        result.clients(),
                        result.errors(),
                        result.warmupErrors(),
                        abbreviate(result.firstError())));
            }
        }
        return notes;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(none)";
        }
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 500 ? line : line.substring(0, 500) + "...";
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
