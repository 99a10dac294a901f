package io.andes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class TicketReportTest {

    private static LoadResult result(String side, int clients, long operations, long p99Micros, long errors) {
        Histogram latencies = new Histogram(3);
        latencies.recordValueWithCount(1_000, 90);
        latencies.recordValueWithCount(p99Micros, 10);
        return new LoadResult(side, clients, 10, operations, errors, 0, null, latencies, "1.00");
    }

    private static TicketReport report(List<LoadResult> reads, List<LoadResult> creates) {
        return new TicketReport(
                BenchOptions.parse("--benchmark=tickets"),
                new TicketReport.Seeding(List.of("bench-0001"), Duration.ofSeconds(1), 1_000, Duration.ofSeconds(2)),
                "1.00 1.00 1.00",
                reads,
                creates,
                List.of(),
                "bench-0001");
    }

    @Test
    void aLevelMeetsTheLatencyTargetOnlyBelow100MsAtP99WithoutErrors() {
        String console = report(
                        List.of(
                                result("history", 1, 100, 50_000, 0),
                                result("history", 16, 100, 99_000, 3),
                                result("history", 64, 100, 250_000, 0)),
                        List.of())
                .console();
        assertThat(console).contains("history: p99 < 100 ms at 1 clients");
    }

    @Test
    void theCreateRatioIsTheAppsThroughputOverTheRawCeilingOfTheSameLevel() {
        String markdown = report(
                        List.of(),
                        List.of(
                                result("app", 16, 600, 1_000, 0),
                                result("raw JDBC", 16, 1_000, 1_000, 0),
                                result("raw JDBC, app's SQL", 16, 800, 1_000, 0)))
                .markdown();
        assertThat(markdown)
                .contains("At 16 clients: app 60.0 tickets/s, raw JDBC (same rows written) 100.0 tickets/s,"
                        + " app/raw 0.60")
                .contains("MET;")
                .contains("with all of the app's SQL 80.0 tickets/s (app/that 0.75)")
                .contains("`sla_event` `INSERT`", "those 6 statements", "not again by the opening");
    }
}
