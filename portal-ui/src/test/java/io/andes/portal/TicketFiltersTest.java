package io.andes.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.ticketing.domain.ticket.TicketQuery;
import io.andes.ticketing.domain.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TicketFiltersTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    @Test
    void noFilterIsTheWholeHistory() {
        assertThat(new TicketFilters().toQuery(SANTIAGO)).isEqualTo(TicketQuery.all());
    }

    @Test
    void daysAreTheCompanysDaysAndToIncludesItsWholeDay() {
        TicketFilters filters = new TicketFilters();
        filters.setFrom(LocalDate.of(2026, 3, 2));
        filters.setTo(LocalDate.of(2026, 3, 2));

        TicketQuery query = filters.toQuery(SANTIAGO);

        assertThat(query.from()).isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-03-03T03:00:00Z"));
    }

    @Test
    void textIsTrimmedAndBlankTextIsNoFilter() {
        TicketFilters filters = new TicketFilters();
        filters.setText("  factura  ");
        assertThat(filters.toQuery(SANTIAGO).text()).isEqualTo("factura");

        filters.setText("   ");
        assertThat(filters.toQuery(SANTIAGO).text()).isNull();
    }

    @Test
    void clearDropsEveryFilter() {
        TicketFilters filters = new TicketFilters();
        filters.setStatus(TicketStatus.ABIERTO);
        filters.setCategoryId(7L);
        filters.setText("x");

        filters.clear();

        assertThat(filters.toQuery(SANTIAGO)).isEqualTo(TicketQuery.all());
    }

    @Test
    void statusAndCategoryPassThrough() {
        TicketFilters filters = new TicketFilters();
        filters.setStatus(TicketStatus.RESUELTO);
        filters.setCategoryId(12L);

        TicketQuery query = filters.toQuery(SANTIAGO);

        assertThat(query.status()).isEqualTo(TicketStatus.RESUELTO);
        assertThat(query.categoryId()).isEqualTo(12L);
    }
}
