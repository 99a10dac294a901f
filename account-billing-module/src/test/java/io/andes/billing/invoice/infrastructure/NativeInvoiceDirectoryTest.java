package io.andes.billing.invoice.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.infrastructure.NativeSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeInvoiceDirectoryTest {

    /** 02:00 UTC on 1 May is still 30 April in Santiago and Bogotá, already 1 May in UTC. */
    private static final Instant EARLY_MAY_FIRST_UTC = Instant.parse("2026-05-01T02:00:00Z");

    @Test
    void dueDatesAreComparedWithEachTenantZonesOwnToday() {
        var alternatives = NativeInvoiceDirectory.byTenantToday(
                "i.due_on < ?", List.of("America/Santiago", "America/Bogota", "UTC"), EARLY_MAY_FIRST_UTC);

        assertThat(alternatives)
                .extracting(NativeSearch.Alternative::values)
                .containsExactly(
                        List.of("America/Santiago", LocalDate.parse("2026-04-30")),
                        List.of("America/Bogota", LocalDate.parse("2026-04-30")),
                        List.of("UTC", LocalDate.parse("2026-05-01")));
        assertThat(alternatives)
                .extracting(NativeSearch.Alternative::condition)
                .containsOnly("t.time_zone = ? AND i.due_on < ?");
    }

    @Test
    void aPendingInvoiceDueYesterdayInUtcIsNotOverdueWhereItIsStillThatDay() {
        Object[] santiago = row("America/Santiago", "PENDIENTE", "2026-04-30");
        Object[] utc = row("UTC", "PENDIENTE", "2026-04-30");

        assertThat(NativeInvoiceDirectory.row(santiago, EARLY_MAY_FIRST_UTC).status())
                .isEqualTo("PENDIENTE");
        assertThat(NativeInvoiceDirectory.row(utc, EARLY_MAY_FIRST_UTC).status())
                .isEqualTo("VENCIDA");
    }

    @Test
    void onlyPendingInvoicesBecomeOverdue() {
        assertThat(NativeInvoiceDirectory.row(row("UTC", "PAGADA", "2026-01-01"), EARLY_MAY_FIRST_UTC)
                        .status())
                .isEqualTo("PAGADA");
    }

    private static Object[] row(String zone, String status, String dueOn) {
        return new Object[] {
            "acme",
            "Acme SpA",
            "CL",
            zone,
            "F-1",
            status,
            java.sql.Date.valueOf("2026-04-01"),
            java.sql.Date.valueOf(dueOn),
            java.sql.Date.valueOf("2026-04-01"),
            java.sql.Date.valueOf("2026-04-30"),
            "CLP",
            new java.math.BigDecimal("1000")
        };
    }
}
