package io.andes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void theEntitlementBenchmarkIsTheDefault() {
        BenchOptions options = BenchOptions.parse();
        assertThat(options.benchmark()).isEqualTo(BenchOptions.ENTITLEMENTS);
        assertThat(options.report().getFileName()).hasToString("entitlement-bench.md");
    }

    @Test
    void theTicketBenchmarkReportsToItsOwnFileWithItsSizes() {
        BenchOptions options = BenchOptions.parse("--benchmark=tickets", "--tenants=50", "--tickets-per-tenant=200");
        assertThat(options.report().getFileName()).hasToString("ticket-bench.md");
        assertThat(options.tenants()).isEqualTo(50);
        assertThat(options.ticketsPerTenant()).isEqualTo(200);
        assertThat(options.commandLine()).contains("--benchmark=tickets", "--tickets-per-tenant=200");
    }

    @Test
    void anExplicitReportPathWins() {
        BenchOptions options = BenchOptions.parse("--benchmark=tickets", "--report=/tmp/x.md");
        assertThat(options.report()).hasToString("/tmp/x.md");
    }

    @Test
    void anUnknownBenchmarkOrABadSizeIsRefused() {
        assertThatThrownBy(() -> BenchOptions.parse("--benchmark=store"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--benchmark");
        assertThatThrownBy(() -> BenchOptions.parse("--tickets-per-tenant=0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--tickets-per-tenant");
    }
}
