package io.andes.ticketing.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.ticketing.domain.catalog.TestCategories;
import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.numbering.TicketNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CancellationNoticeTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    /** 1 March 2026, 02:30 UTC: still the evening of 28 February in Santiago (UTC-3) and in Mexico City (UTC-6). */
    private static final Clock LATE_EVENING = Clock.fixed(Instant.parse("2026-03-01T02:30:00Z"), ZoneOffset.UTC);

    @Test
    void aCancellationTakesEffectOnTheNoticeDayOfTheTenantsZoneNotOfUtc() {
        Ticket santiago = opened(TicketCategory.CANCELLATION);
        santiago.noticeGiven(category(TicketCategory.CANCELLATION), SANTIAGO);
        Ticket utc = opened(TicketCategory.CANCELLATION);
        utc.noticeGiven(category(TicketCategory.CANCELLATION), ZoneOffset.UTC);

        assertThat(santiago.effectiveDate()).contains(LocalDate.of(2026, 2, 28));
        assertThat(utc.effectiveDate()).contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    void justAfterMidnightInTheTenantsZoneIsTheNewDay() {
        Ticket ticket = new Ticket(
                new TicketNumber(1),
                category(TicketCategory.CANCELLATION),
                new TicketContent("Baja", "Damos aviso de baja del servicio", null),
                new Requester("u-1", "admin@cliente.mx"),
                Instant.parse("2026-03-01T06:00:00Z"));

        ticket.noticeGiven(category(TicketCategory.CANCELLATION), MEXICO);

        assertThat(ticket.effectiveDate()).contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    void claimsAndSupportTicketsHaveNoEffectiveDateButKeepTheirAdministrativeQueue() {
        Ticket claim = opened(TicketCategory.CLAIM);
        claim.noticeGiven(category(TicketCategory.CLAIM), SANTIAGO);

        assertThat(claim.effectiveDate()).isEmpty();
        assertThat(claim.queueCode()).isEqualTo("administrativa");
    }

    @Test
    void aTicketOpenedFromARequestCarriesTheRequestNumber() {
        Ticket ticket = opened(TicketCategory.SUPPORT);
        assertThat(ticket.requestNumber()).isEmpty();

        ticket.belongsTo(new RequestNumber(12));

        assertThat(ticket.requestNumber()).contains(new RequestNumber(12));
    }

    private static Ticket opened(String kind) {
        return new Ticket(
                new TicketNumber(1),
                category(kind),
                new TicketContent("Aviso", "Damos aviso", null),
                new Requester("u-1", "admin@cliente.cl"),
                LATE_EVENING.instant());
    }

    private static TicketCategory category(String kind) {
        return TestCategories.leaf(122L, kind, "administrativa");
    }
}
