package io.andes.ticketing.domain.pqrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.ticketing.domain.numbering.PqrsNumber;
import io.andes.ticketing.domain.ticket.Requester;
import io.andes.ticketing.domain.ticket.TicketContent;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PqrsCaseTest {

    private static final Instant FILED = Instant.parse("2026-03-20T15:00:00Z");

    private final PqrsCase pqrs = new PqrsCase(
            new PqrsNumber(2026, 7),
            PqrsKind.QUEJA,
            new TicketContent("Cobro duplicado", "Me cobraron dos veces marzo", null),
            new Requester("u-1", "ana@cafe.co"),
            FILED,
            LocalDate.of(2026, 4, 14));

    @Test
    void aFilingStartsRadicadaWithItsNumberAndDueDate() {
        assertThat(pqrs.status()).isEqualTo(PqrsStatus.RADICADA);
        assertThat(pqrs.number().formatted()).isEqualTo("PQRS-2026-000007");
        assertThat(pqrs.dueDate()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(pqrs.respondedAt()).isNull();
    }

    @Test
    void theFirstAnswerIsRememberedAndARequesterReplyPutsItBackInProgress() {
        pqrs.responded(FILED.plusSeconds(60));
        pqrs.responded(FILED.plusSeconds(120));
        assertThat(pqrs.status()).isEqualTo(PqrsStatus.RESPONDIDA);
        assertThat(pqrs.respondedAt()).isEqualTo(FILED.plusSeconds(60));

        pqrs.requesterReplied(FILED.plusSeconds(180));

        assertThat(pqrs.status()).isEqualTo(PqrsStatus.EN_TRAMITE);
    }

    @Test
    void aClosedPqrsTakesNoReplyNoAnswerAndNoSecondClosure() {
        pqrs.close(FILED.plusSeconds(60));

        for (Runnable change : new Runnable[] {
            () -> pqrs.requesterReplied(FILED.plusSeconds(90)),
            () -> pqrs.responded(FILED.plusSeconds(90)),
            () -> pqrs.close(FILED.plusSeconds(90))
        }) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(ProblemException.class, p -> {
                assertThat(p.type()).isEqualTo(ProblemType.CONFLICT);
                assertThat(p.getMessage()).contains("PQRS-2026-000007");
            });
        }
        assertThat(pqrs.status()).isEqualTo(PqrsStatus.CERRADA);
        assertThat(pqrs.closedAt()).isEqualTo(FILED.plusSeconds(60));
    }

    @Test
    void aKindIsReadForgivingCaseAndAnythingElseIsRefused() {
        assertThat(PqrsKind.parse(" reclamo ")).isEqualTo(PqrsKind.RECLAMO);
        assertThatThrownBy(() -> PqrsKind.parse("DENUNCIA"))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.VALIDATION));
    }
}
