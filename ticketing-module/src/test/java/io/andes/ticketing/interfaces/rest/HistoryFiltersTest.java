package io.andes.ticketing.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.ticket.TicketQuery;
import io.andes.ticketing.domain.ticket.TicketStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistoryFiltersTest {

    @Test
    void emptyFiltersMeanEverything() {
        assertThat(HistoryFilters.query(null, "", " ", null, "  ")).isEqualTo(TicketQuery.all());
    }

    @Test
    void datesIncludeTheWholeLastDay() {
        TicketQuery query = HistoryFilters.query("abierto", "102", "2026-11-01", "2026-11-30", " factura ");

        assertThat(query.status()).isEqualTo(TicketStatus.ABIERTO);
        assertThat(query.categoryId()).isEqualTo(102L);
        assertThat(query.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(query.text()).isEqualTo("factura");
    }

    @Test
    void unreadableFiltersAreRefused() {
        assertThatThrownBy(() -> HistoryFilters.query("PERDIDO", null, null, null, null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> HistoryFilters.query(null, "x", null, null, null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> HistoryFilters.query(null, null, "30/11/2026", null, null))
                .isInstanceOf(ProblemException.class);
    }
}
