package io.andes.ticketing.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.domain.catalog.TestCategories;
import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.numbering.TicketNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final TenantId TENANT = new TenantId("inmobiliaria-sur");
    private static final Instant OPENED = Instant.parse("2026-11-02T12:00:00Z");

    private final Ticket ticket = new Ticket(
            new TicketNumber(7),
            category(),
            new TicketContent("No puedo emitir facturas", "Error 500 al emitir", "+56 9 1234 5678"),
            new Requester("u-1", "usuario@inmobiliaria-sur.cl"),
            OPENED);

    @Test
    void aNewTicketIsNuevoInTheLeafsQueue() {
        assertThat(ticket.status()).isEqualTo(TicketStatus.NUEVO);
        assertThat(ticket.queueCode()).isEqualTo("tecnica");
        assertThat(ticket.contactPhone()).isEqualTo("+56912345678");
        assertThat(ticket.number().formatted()).isEqualTo("T-000007");
    }

    @Test
    void theFirstPublicAnswerOpensItAndIsRemembered() {
        List<StatusChange> changes = ticket.agentAnswered(TENANT, "soporte@andes.dev", false, OPENED.plusSeconds(60));

        assertThat(changes).containsExactly(new StatusChange(OPENED.plusSeconds(60), TicketStatus.ABIERTO));
        assertThat(ticket.assignee()).isEqualTo("soporte@andes.dev");
        assertThat(ticket.updatedAt()).isEqualTo(OPENED.plusSeconds(60));
    }

    @Test
    void waitingForTheCustomerEndsWithTheirReply() {
        ticket.agentAnswered(TENANT, "agente", true, OPENED.plusSeconds(60));
        assertThat(ticket.status()).isEqualTo(TicketStatus.EN_ESPERA_CLIENTE);

        List<StatusChange> changes = ticket.requesterReplied(TENANT, OPENED.plusSeconds(120));

        assertThat(changes).extracting(StatusChange::status).containsExactly(TicketStatus.ABIERTO);
    }

    @Test
    void aReplyThatChangesNothingRecordsNoStatus() {
        assertThat(ticket.requesterReplied(TENANT, OPENED.plusSeconds(30))).isEmpty();
        assertThat(ticket.status()).isEqualTo(TicketStatus.NUEVO);
    }

    @Test
    void resolvedTicketsReopenWithinTheWindowOnly() {
        ticket.resolve(TENANT, OPENED.plusSeconds(60));
        Instant late = OPENED.plusSeconds(60).plus(Duration.ofDays(31));

        assertThatThrownBy(
                        () -> ticket.reopen(TENANT, new ReopenReason("sigue fallando"), ReopenPolicy.standard(), late))
                .isInstanceOf(ProblemException.class);
        assertThat(ticket.status()).isEqualTo(TicketStatus.RESUELTO);

        ticket.reopen(
                TENANT, new ReopenReason("sigue fallando"), ReopenPolicy.standard(), OPENED.plus(Duration.ofDays(3)));
        assertThat(ticket.status()).isEqualTo(TicketStatus.ABIERTO);
        assertThat(ticket.finishedAt()).isNull();
    }

    @Test
    void aClosedTicketCannotBeClosedAgain() {
        ticket.close(TENANT, OPENED.plusSeconds(10));

        assertThatThrownBy(() -> ticket.close(TENANT, OPENED.plusSeconds(20))).isInstanceOf(ProblemException.class);
        assertThat(ticket.isOpen()).isFalse();
    }

    private static TicketCategory category() {
        return TestCategories.leaf(102L, TicketCategory.SUPPORT, "tecnica");
    }
}
