package io.andes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketRowsTest {

    private static List<String> columns(String insert) {
        String list = insert.substring(insert.indexOf('(') + 1, insert.indexOf(')'));
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    private static int values(String insert) {
        String values = insert.substring(insert.indexOf("VALUES"));
        return values.split(",").length;
    }

    private static long parameters(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }

    @Test
    void theTicketInsertFillsEveryWritableColumnOfV5V7V9AndV18() {
        List<String> columns = columns(TicketRows.INSERT_TICKET);
        assertThat(columns)
                .hasSize(31)
                .doesNotHaveDuplicates()
                .contains(
                        "reopened_from",
                        "request_number",
                        "effective_date",
                        "support_tier",
                        "priority",
                        "sla_clause",
                        "first_response_due",
                        "resolution_due",
                        "first_response_breached_at",
                        "resolution_breached_at",
                        "search_text")
                // is_open is computed by the database
                .doesNotContain("is_open");
        assertThat(values(TicketRows.INSERT_TICKET)).isEqualTo(columns.size());
        assertThat(parameters(TicketRows.INSERT_TICKET)).isEqualTo(18);
    }

    @Test
    void theSlaEventInsertHasAValueForEachColumn() {
        assertThat(columns(TicketRows.INSERT_SLA_EVENT))
                .containsExactly("tenant_id", "id", "ticket_id", "kind", "occurred_at", "detail");
        assertThat(values(TicketRows.INSERT_SLA_EVENT)).isEqualTo(6);
        assertThat(parameters(TicketRows.INSERT_SLA_EVENT)).isEqualTo(5);
    }

    @Test
    void aNewTicketTakesTheStandardTermsTheSeededHistoryNone() {
        Instant opened = Instant.parse("2026-12-01T12:00:00Z");
        TicketRows.Sla sla = TicketRows.Sla.standard(opened);
        assertThat(sla.clause()).isEqualTo("Cláusula 12");
        assertThat(sla.firstResponseDue()).isEqualTo(Instant.parse("2026-12-01T20:00:00Z"));
        assertThat(sla.resolutionDue()).isEqualTo(Instant.parse("2026-12-03T04:00:00Z"));
        assertThat(sla.detail())
                .isEqualTo("Cláusula 12 (Estándar): primera respuesta 8 h hábiles, vence 01-12-2026 20:00;"
                        + " resolución 40 h hábiles, vence 03-12-2026 04:00.")
                .hasSizeLessThanOrEqualTo(500);
        assertThat(TicketRows.Sla.NONE.firstResponseDue()).isNull();
    }
}
