package io.andes.ticketing.domain.ticket;

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

class ReopenPolicyTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final Instant OPENED = Instant.parse("2026-03-02T13:00:00Z");
    private static final Instant RESOLVED = Instant.parse("2026-03-03T15:00:00Z");
    private static final Instant WINDOW_END = RESOLVED.plus(Duration.ofDays(30));
    private static final ReopenReason REASON = new ReopenReason("Volvió a fallar la impresora");

    private final ReopenPolicy policy = ReopenPolicy.standard();
    private final TicketLifecycle ticket = TicketLifecycle.opened(ACME, OPENED);

    private TicketLifecycle resolved() {
        ticket.answerAsAgent(OPENED.plusSeconds(600));
        ticket.resolve(RESOLVED);
        return ticket;
    }

    @Test
    void reopeningExactlyThirtyDaysAfterResolutionIsAllowed() {
        resolved().reopen(ACME, REASON, WINDOW_END, policy);

        assertThat(ticket.status()).isEqualTo(TicketStatus.ABIERTO);
        assertThat(ticket.finishedAt()).isEmpty();
        assertThat(ticket.lastReopenReason()).contains(REASON);
    }

    @Test
    void reopenAfterTheWindowIsRefusedWithAdviceToOpenALinkedTicket() {
        resolved();
        Instant oneSecondLate = WINDOW_END.plusSeconds(1);

        ProblemException refused =
                catchThrowableOfType(ProblemException.class, () -> ticket.reopen(ACME, REASON, oneSecondLate, policy));

        assertThat(policy.decide(ticket, oneSecondLate)).isEqualTo(ReopenDecision.OPEN_LINKED_TICKET_INSTEAD);
        assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(refused.detail(false)).contains("30 días").contains("ticket nuevo vinculado");
        assertThat(refused.detail(true)).contains("30 days").contains("new ticket linked to this one");
        assertThat(refused.extensions())
                .containsEntry("action", "open-linked-ticket")
                .containsEntry("reopenableUntil", WINDOW_END.toString());
        assertThat(ticket.status()).isEqualTo(TicketStatus.RESUELTO);
    }

    @Test
    void theWindowCountsFromResolutionEvenAfterALaterAutoClose() {
        resolved().autoClose(RESOLVED.plus(Duration.ofDays(7)), AutoClosePolicy.standard());

        assertThat(policy.decide(ticket, WINDOW_END)).isEqualTo(ReopenDecision.ALLOWED);
        assertThat(policy.decide(ticket, WINDOW_END.plusSeconds(1)))
                .isEqualTo(ReopenDecision.OPEN_LINKED_TICKET_INSTEAD);
    }

    @Test
    void aTicketClosedWithoutResolutionCountsFromItsClosing() {
        Instant closed = OPENED.plus(Duration.ofDays(2));
        ticket.closeByRequester(closed);

        ticket.reopen(ACME, REASON, closed.plus(Duration.ofDays(30)), policy);

        assertThat(ticket.status()).isEqualTo(TicketStatus.ABIERTO);
    }

    @Test
    void aReopenedTicketGetsAFreshWindowWhenSolvedAgain() {
        resolved().reopen(ACME, REASON, RESOLVED.plus(Duration.ofDays(29)), policy);
        Instant resolvedAgain = RESOLVED.plus(Duration.ofDays(40));
        ticket.resolve(resolvedAgain);

        assertThat(policy.decide(ticket, resolvedAgain.plus(Duration.ofDays(30))))
                .isEqualTo(ReopenDecision.ALLOWED);
    }

    @Test
    void theWindowIsConfigurable() {
        ReopenPolicy week = new ReopenPolicy(7);
        resolved();

        assertThat(week.decide(ticket, RESOLVED.plus(Duration.ofDays(7)))).isEqualTo(ReopenDecision.ALLOWED);
        assertThat(week.decide(ticket, RESOLVED.plus(Duration.ofDays(7)).plusSeconds(1)))
                .isEqualTo(ReopenDecision.OPEN_LINKED_TICKET_INSTEAD);
        assertThatThrownBy(() -> new ReopenPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMergedTicketCanNeverBeReopenedEvenInsideTheWindow() {
        ticket.mergeInto(new TicketNumber(123), RESOLVED);

        ProblemException refused = catchThrowableOfType(
                ProblemException.class, () -> ticket.reopen(ACME, REASON, RESOLVED.plusSeconds(60), policy));

        assertThat(policy.decide(ticket, RESOLVED.plusSeconds(60))).isEqualTo(ReopenDecision.MERGED);
        assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(refused.detail(false)).contains("T-000123");
        assertThat(refused.extensions()).containsEntry("mergedInto", "T-000123");
        assertThat(ticket.status()).isEqualTo(TicketStatus.CERRADO);
    }

    @Test
    void aTicketStillInProgressHasNothingToReopen() {
        ticket.answerAsAgent(OPENED.plusSeconds(600));

        ProblemException refused = catchThrowableOfType(
                ProblemException.class, () -> ticket.reopen(ACME, REASON, OPENED.plusSeconds(900), policy));

        assertThat(policy.decide(ticket, OPENED.plusSeconds(900))).isEqualTo(ReopenDecision.NOT_FINISHED);
        assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(refused.extensions()).containsEntry("event", "REOPENED");
    }

    @Test
    void anotherTenantCannotReopenAndDoesNotLearnTheTicketExists() {
        resolved();

        ProblemException refused = catchThrowableOfType(
                ProblemException.class,
                () -> ticket.reopen(new TenantId("globex"), REASON, RESOLVED.plusSeconds(60), policy));

        assertThat(refused.type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ticket.status()).isEqualTo(TicketStatus.RESUELTO);
    }

    @Test
    void theReasonIsRequiredAndStripped() {
        assertThat(new ReopenReason("  sigue fallando \n").value()).isEqualTo("sigue fallando");
        for (String blank : new String[] {null, "", "   ", "\n\t"}) {
            ProblemException refused = catchThrowableOfType(ProblemException.class, () -> new ReopenReason(blank));
            assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(refused.extensions().get("errors").toString()).contains("reason");
        }
    }

    @Test
    void theReasonHasAtMostAThousandCharacters() {
        assertThat(new ReopenReason("ñ".repeat(1000)).value()).hasSize(1000);
        assertThatThrownBy(() -> new ReopenReason("a".repeat(1001))).isInstanceOf(ProblemException.class);
    }
}
