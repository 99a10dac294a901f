package io.andes.ticketing.domain.ticket;

import static io.andes.ticketing.domain.ticket.TicketStatus.ABIERTO;
import static io.andes.ticketing.domain.ticket.TicketStatus.CERRADO;
import static io.andes.ticketing.domain.ticket.TicketStatus.EN_ESPERA_CLIENTE;
import static io.andes.ticketing.domain.ticket.TicketStatus.NUEVO;
import static io.andes.ticketing.domain.ticket.TicketStatus.RESUELTO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.domain.numbering.TicketNumber;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketLifecycleTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T13:00:00Z");
    private static final TenantId ACME = new TenantId("acme");

    private final TicketLifecycle ticket = TicketLifecycle.opened(ACME, OPENED);

    private static Instant later(int minutes) {
        return OPENED.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aNewTicketIsNewAndItsHistoryStartsWithTheOpening() {
        assertThat(ticket.status()).isEqualTo(NUEVO);
        assertThat(ticket.tenant()).isEqualTo(ACME);
        assertThat(ticket.history()).containsExactly(new StatusChange(OPENED, NUEVO));
        assertThat(ticket.finishedAt()).isEmpty();
        assertThat(ticket.isMerged()).isFalse();
    }

    @Test
    void theAgentsFirstAnswerOpensTheTicket() {
        ticket.answerAsAgent(later(10));

        assertThat(ticket.status()).isEqualTo(ABIERTO);
        assertThat(ticket.history()).last().isEqualTo(new StatusChange(later(10), ABIERTO));
    }

    @Test
    void askingTheCustomerWaitsForThemAndTheirReplyOpensTheTicketAgain() {
        ticket.answerAsAgent(later(10));
        ticket.askCustomer(later(20));
        assertThat(ticket.status()).isEqualTo(EN_ESPERA_CLIENTE);

        ticket.customerReplied(later(30));

        assertThat(ticket.status()).isEqualTo(ABIERTO);
        assertThat(ticket.history())
                .extracting(StatusChange::status)
                .containsExactly(NUEVO, ABIERTO, EN_ESPERA_CLIENTE, ABIERTO);
    }

    @Test
    void repliesThatDoNotChangeWhoActsNextLeaveNoTraceInTheHistory() {
        ticket.customerReplied(later(5));
        ticket.answerAsAgent(later(10));
        ticket.answerAsAgent(later(15));
        ticket.customerReplied(later(20));

        assertThat(ticket.history()).extracting(StatusChange::status).containsExactly(NUEVO, ABIERTO);
    }

    @Test
    void aResolvedTicketClosesWhenTheRequesterConfirms() {
        ticket.answerAsAgent(later(10));
        ticket.resolve(later(60));
        ticket.closeByRequester(later(90));

        assertThat(ticket.status()).isEqualTo(CERRADO);
        assertThat(ticket.finishedAt()).contains(later(60));
    }

    @Test
    void theRequesterMayWithdrawATicketStillInProgress() {
        ticket.answerAsAgent(later(10));

        ticket.closeByRequester(later(20));

        assertThat(ticket.status()).isEqualTo(CERRADO);
        assertThat(ticket.finishedAt()).contains(later(20));
    }

    @Test
    void anIllegalEventIsAConflictInBothLanguagesAndChangesNothing() {
        ticket.resolve(later(10));
        ticket.closeByRequester(later(20));

        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> ticket.askCustomer(later(30)));

        assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(refused.detail(false))
                .isEqualTo(
                        "La acción «pedir información al cliente» no está permitida en un ticket en estado «Cerrado».");
        assertThat(refused.detail(true))
                .isEqualTo("The action \"ask the customer for information\" is not allowed on a ticket whose status is"
                        + " \"Closed\".");
        assertThat(refused.extensions())
                .containsEntry("ticketStatus", "CERRADO")
                .containsEntry("event", "AGENT_ASKED_CUSTOMER");
        assertThat(ticket.status()).isEqualTo(CERRADO);
        assertThat(ticket.history()).hasSize(3);
    }

    @Test
    void resolvingTwiceIsRefused() {
        ticket.resolve(later(10));

        assertThatThrownBy(() -> ticket.resolve(later(20))).isInstanceOf(ProblemException.class);
        assertThat(ticket.finishedAt()).contains(later(10));
    }

    @Test
    void eventsDatedBeforeTheLastChangeAreRejected() {
        ticket.answerAsAgent(later(10));

        assertThatThrownBy(() -> ticket.resolve(later(9))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ticket.status()).isEqualTo(ABIERTO);
    }

    @Test
    void autoClosingWaitsTheWholePolicyPeriodAfterResolution() {
        AutoClosePolicy sevenDays = AutoClosePolicy.standard();
        Instant resolved = later(60);
        ticket.resolve(resolved);

        ProblemException early = catchThrowableOfType(
                ProblemException.class,
                () -> ticket.autoClose(resolved.plus(Duration.ofDays(7)).minusSeconds(1), sevenDays));
        assertThat(early.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(early.extensions())
                .containsEntry("closesAt", resolved.plus(Duration.ofDays(7)).toString());

        ticket.autoClose(resolved.plus(Duration.ofDays(7)), sevenDays);
        assertThat(ticket.status()).isEqualTo(CERRADO);
        assertThat(ticket.finishedAt()).contains(resolved);
    }

    @Test
    void onlySolvedTicketsAreAutoClosed() {
        ticket.answerAsAgent(later(10));

        ProblemException refused = catchThrowableOfType(
                ProblemException.class, () -> ticket.autoClose(later(60 * 24 * 30), AutoClosePolicy.standard()));

        assertThat(refused.extensions()).containsEntry("event", "AUTO_CLOSED");
        assertThat(ticket.status()).isEqualTo(ABIERTO);
    }

    @Test
    void mergingClosesTheTicketForGoodAndRemembersWhereTheConversationWent() {
        ticket.answerAsAgent(later(10));

        ticket.mergeInto(new TicketNumber(77), later(20));

        assertThat(ticket.status()).isEqualTo(CERRADO);
        assertThat(ticket.isMerged()).isTrue();
        assertThat(ticket.mergedInto()).contains(new TicketNumber(77));
        assertThatThrownBy(() -> ticket.mergeInto(new TicketNumber(78), later(30)))
                .isInstanceOf(ProblemException.class);
        assertThat(ticket.mergedInto()).contains(new TicketNumber(77));
    }

    @Test
    void theHistoryCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> ticket.history().add(new StatusChange(later(1), CERRADO)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void statusLabelsAreInSpanishAndEnglish() {
        assertThat(EN_ESPERA_CLIENTE.label(false)).isEqualTo("En espera del cliente");
        assertThat(EN_ESPERA_CLIENTE.label(true)).isEqualTo("Waiting on customer");
        assertThat(RESUELTO.label(true)).isEqualTo("Solved");
    }
}
