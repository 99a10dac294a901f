package io.andes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static LoadResult result(String side, int clients, long operations) {
        Histogram latencies = new Histogram(3);
        latencies.recordValueWithCount(2_000, 100);
        return new LoadResult(side, clients, 10, operations, 0, 0, null, latencies, "1.00");
    }

    private static List<LoadResult> levels(String side, long... operations) {
        return List.of(
                result(side, 1, operations[0]), result(side, 16, operations[1]), result(side, 64, operations[2]));
    }

    private static BenchReport report(List<LoadResult> app, List<LoadResult> floor, List<LoadResult> raw) {
        return new BenchReport(BenchOptions.parse(), Duration.ofSeconds(3), app, floor, raw, List.of());
    }

    @Test
    void eachLevelShowsTheAppAndTheApiFloorAgainstTheRawCeiling() {
        BenchReport report = report(
                levels(ApiLoad.SIDE, 1_000, 4_000, 6_000),
                levels(ApiLoad.FLOOR_SIDE, 3_000, 12_000, 15_000),
                levels(JdbcLoad.SIDE, 10_000, 30_000, 40_000));

        assertThat(report.console())
                .contains("ratio app/raw at  1 clients: 0.10 (API floor/raw: 0.30)")
                .contains("ratio app/raw at 64 clients: 0.15 (API floor/raw: 0.38)")
                .contains("The same call refused at once (API floor) reaches 1,500/s, 0.38 of raw.");
        assertThat(report.markdown()).contains("| 16 | 0.13 | 0.40 |").contains("| 64 | API floor (401) | 1,500.0 |");
    }

    @Test
    void theTargetsAreMetOnlyAt2000PerSecondAndHalfTheRawCeiling() {
        assertThat(verdictWithAppAt64(20_000))
                .contains("app 2,000 consumptions/s (target >= 2,000): MET; app/raw 0.50 (target >= 0.5): MET");

        String notMet = verdictWithAppAt64(19_000);
        assertThat(notMet).contains("(target >= 2,000): NOT MET; app/raw 0.48 (target >= 0.5): NOT MET");
    }

    /** The console of a run whose raw ceiling at 64 clients is 4,000/s and whose app made {@code operations} then. */
    private static String verdictWithAppAt64(long operations) {
        return report(
                        levels(ApiLoad.SIDE, 1_000, 10_000, operations),
                        levels(ApiLoad.FLOOR_SIDE, 1_000, 10_000, 30_000),
                        levels(JdbcLoad.SIDE, 2_000, 20_000, 40_000))
                .console();
    }

    @Test
    void everySideNeedsOneResultPerLevel() {
        assertThatThrownBy(() -> report(
                        levels(ApiLoad.SIDE, 1, 1, 1),
                        levels(ApiLoad.FLOOR_SIDE, 1, 1, 1).subList(0, 2),
                        levels(JdbcLoad.SIDE, 1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
