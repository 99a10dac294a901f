package io.andes.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The renewal benchmark's results for the console and for {@code renewal-bench.md}: seeding, the application's run
 * until every invoice existed against the 60 s target, the raw JDBC insert of the same rows and the ratio, the
 * verified facts and each run's answer.
 */
record RenewalReport(
        BenchOptions options,
        Duration seeding,
        Duration allInvoiced,
        Duration runsFinished,
        Duration raw,
        long lines,
        List<RenewalCheck.Fact> facts,
        List<String> runAnswers,
        String loadBefore,
        String loadAfter) {

    RenewalReport {
        facts = List.copyOf(facts);
        runAnswers = List.copyOf(runAnswers);
    }

    double ratio() {
        return allInvoiced.toNanos() / (double) Math.max(1, raw.toNanos());
    }

    /** Met, not met, or not measured when fewer subscriptions than the target's were renewed. */
    String verdict() {
        if (options.subscriptions() < RenewalBenchmark.TARGET_SUBSCRIPTIONS) {
            return "not measured (the target is for %,d subscriptions)"
                    .formatted(RenewalBenchmark.TARGET_SUBSCRIPTIONS);
        }
        return allInvoiced.compareTo(RenewalBenchmark.TARGET) < 0 ? "met" : "NOT met";
    }

    String console() {
        int n = options.subscriptions();
        return String.format(
                        Locale.ROOT,
                        "Renewal of %,d subscriptions (%,d invoice lines), %d runner(s):%n"
                                + "  app: all invoices after %s s (%,.0f invoices/s); runs answered after %s s%n"
                                + "  raw JDBC insert of the same rows: %s s (%,.0f invoices/s)%n"
                                + "  app/raw time: %.1f; target < %d s: %s%n"
                                + "  load average before / after the run: %s / %s%n",
                        n,
                        lines,
                        options.runners(),
                        ReportParts.seconds(allInvoiced),
                        n / seconds(allInvoiced),
                        ReportParts.seconds(runsFinished),
                        ReportParts.seconds(raw),
                        n / seconds(raw),
                        ratio(),
                        RenewalBenchmark.TARGET.toSeconds(),
                        verdict(),
                        loadBefore,
                        loadAfter)
                + facts.stream()
                        .map(f -> String.format(
                                Locale.ROOT,
                                "  %s %s: expected %,d, found %,d%n",
                                f.holds() ? "ok  " : "FAIL",
                                f.name(),
                                f.expected(),
                                f.found()))
                        .reduce("", String::concat);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# Renewal benchmark\n\n");
        out.append(ReportParts.environment(options)).append('\n');
        out.append("Seeding (bulk JDBC): ").append(ReportParts.seconds(seeding)).append(" s\n\n");
        out.append("| measure | seconds | invoices/s |\n|---|--:|--:|\n");
        row(out, "app: until every invoice existed", allInvoiced);
        row(out, "app: until the last run answered", runsFinished);
        row(out, "raw JDBC batch insert of the same invoices and lines", raw);
        out.append(String.format(
                Locale.ROOT,
                "%nApp/raw time: **%.1f**. Target < %d s: **%s**.%n%n",
                ratio(),
                RenewalBenchmark.TARGET.toSeconds(),
                verdict()));
        out.append("Load average (1, 5, 15 min) before / after the run: ")
                .append(loadBefore)
                .append(" / ")
                .append(loadAfter)
                .append("\n\n## Verified\n\n| fact | expected | found | |\n|---|--:|--:|---|\n");
        facts.forEach(f -> out.append(String.format(
                Locale.ROOT,
                "| %s | %,d | %,d | %s |%n",
                f.name(),
                f.expected(),
                f.found(),
                f.holds() ? "ok" : "**FAIL**")));
        out.append("\n## The runs' answers\n\n");
        runAnswers.forEach(
                a -> out.append("- `").append(ReportParts.abbreviate(a)).append("`\n"));
        return out.toString();
    }

    private void row(StringBuilder out, String name, Duration took) {
        out.append(String.format(
                Locale.ROOT,
                "| %s | %s | %,.0f |%n",
                name,
                ReportParts.seconds(took),
                options.subscriptions() / seconds(took)));
    }

    private static double seconds(Duration duration) {
        return Math.max(0.001, duration.toNanos() / 1e9);
    }
}
