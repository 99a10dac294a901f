package io.andes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The pieces every benchmark report shares: the environment lines, the result table rows and the error notes. */
final class ReportParts {

    static final String RESULT_HEADER =
            "| Clients | Side | ops/s | p50 ms | p95 ms | p99 ms | max ms | Errors | Load |\n"
                    + "|--:|---|--:|--:|--:|--:|--:|--:|--:|\n";
    static final String CONSOLE_ROW = "%7s  %-24s  %10s  %8s  %8s  %8s  %8s  %7s  %6s%n";

    private ReportParts() {}

    /** What the tables' last column means. */
    static final String LOAD_NOTE = "Load: the machine's one-minute load average when the window ended; above the"
            + " processor count, other work competed with the benchmark.\n";

    /** Markdown list lines: date, processors, load average, Java, options. */
    static String environment(BenchOptions options) {
        return "- Date: "
                + ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "\n- nproc: " + Runtime.getRuntime().availableProcessors()
                + "\n- Load average at the end (1, 5, 15 min): " + loadAverage()
                + "\n- Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
                + "\n- Options: `" + options.commandLine() + "`\n"
                + "- " + LOAD_NOTE;
    }

    /** The first three fields of {@code /proc/loadavg}, or "unknown" off Linux. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static List<String> cells(LoadResult result) {
        return List.of(
                String.valueOf(result.clients()),
                result.side(),
                String.format(Locale.ROOT, "%,.1f", result.throughput()),
                millis(result.p50Millis()),
                millis(result.p95Millis()),
                millis(result.p99Millis()),
                millis(result.maxMillis()),
                String.valueOf(result.errors()),
                result.loadAverage());
    }

    static String markdownRow(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    static String consoleHeader() {
        return String.format(
                Locale.ROOT,
                CONSOLE_ROW,
                "clients",
                "side",
                "ops/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "errors",
                "load");
    }

    static String consoleRow(LoadResult result) {
        return String.format(Locale.ROOT, CONSOLE_ROW, cells(result).toArray());
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** One note per result with errors in its window or warm-up. */
    static List<String> errorNotes(List<LoadResult> results) {
        List<String> notes = new ArrayList<>();
        for (LoadResult result : results) {
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

    /** The notes as a Markdown list, pipes escaped; empty without notes. */
    static String markdownNotes(List<String> notes) {
        StringBuilder md = new StringBuilder();
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(
                    note -> md.append("- ").append(note.replace("|", "\\|")).append('\n'));
        }
        return md.toString();
    }

    static String abbreviate(String text) {
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
