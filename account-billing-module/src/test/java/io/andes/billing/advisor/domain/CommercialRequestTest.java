package io.andes.billing.advisor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommercialRequestTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private static CommercialRequest request() {
        return new CommercialRequest(
                new CommercialNumber(7),
                CommercialRequestType.DEMOSTRACION,
                "  Queremos ver el módulo de bodegas  ",
                "Mañanas",
                new Requester("sub-1", "jefa@cliente.cl"),
                NOW);
    }

    private static ScheduledSession session() {
        return ScheduledSession.of(
                SessionKind.DEMOSTRACION,
                LocalDateTime.parse("2026-03-12T10:00"),
                SANTIAGO,
                "https://meet.example/x",
                NOW);
    }

    @Test
    void aNewRequestIsNewWithItsTextStripped() {
        CommercialRequest request = request();
        assertThat(request.status()).isEqualTo(CommercialStatus.NUEVA);
        assertThat(request.number().formatted()).isEqualTo("C-000007");
        assertThat(request.message()).isEqualTo("Queremos ver el módulo de bodegas");
        assertThat(request.session()).isNull();
    }

    @Test
    void theAdvisorsFirstAnswerTakesItInProgressAndTheTenantsMessagesDoNot() {
        CommercialRequest request = request();
        request.tenantWrote(NOW.plusSeconds(1));
        assertThat(request.status()).isEqualTo(CommercialStatus.NUEVA);
        request.advisorActed(NOW.plusSeconds(2));
        assertThat(request.status()).isEqualTo(CommercialStatus.EN_CURSO);
        assertThat(request.updatedAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void schedulingMakesItScheduledAndAnAnswerKeepsItSo() {
        CommercialRequest request = request();
        request.schedule(session(), NOW);
        assertThat(request.status()).isEqualTo(CommercialStatus.AGENDADA);
        assertThat(request.session().at()).isEqualTo(Instant.parse("2026-03-12T13:00:00Z"));
        request.advisorActed(NOW);
        assertThat(request.status()).isEqualTo(CommercialStatus.AGENDADA);
        request.moveTo(CommercialStatus.EN_CURSO, NOW);
        assertThat(request.status()).isEqualTo(CommercialStatus.EN_CURSO);
    }

    @Test
    void aClosedRequestTakesNothingMore() {
        CommercialRequest request = request();
        request.close(NOW.plusSeconds(5));
        assertThat(request.closedAt()).isEqualTo(NOW.plusSeconds(5));
        assertConflict(() -> request.tenantWrote(NOW));
        assertConflict(() -> request.advisorActed(NOW));
        assertConflict(() -> request.schedule(session(), NOW));
        assertConflict(() -> request.close(NOW));
        assertThat(request.status()).isEqualTo(CommercialStatus.CERRADA);
        assertThat(request.closedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "NUEVA, NUEVA, true",
        "NUEVA, EN_CURSO, true",
        "NUEVA, AGENDADA, true",
        "NUEVA, CERRADA, true",
        "EN_CURSO, NUEVA, false",
        "EN_CURSO, EN_CURSO, true",
        "EN_CURSO, AGENDADA, true",
        "EN_CURSO, CERRADA, true",
        "AGENDADA, NUEVA, false",
        "AGENDADA, EN_CURSO, true",
        "AGENDADA, AGENDADA, true",
        "AGENDADA, CERRADA, true",
        "CERRADA, NUEVA, false",
        "CERRADA, EN_CURSO, false",
        "CERRADA, AGENDADA, false",
        "CERRADA, CERRADA, false"
    })
    void statusTransitions(CommercialStatus from, CommercialStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void messageIsRequiredAndBounded() {
        assertThatThrownBy(() -> new CommercialRequest(
                        new CommercialNumber(1), CommercialRequestType.OTRO, "   ", null, new Requester("s", "n"), NOW))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.VALIDATION));
        assertThatThrownBy(() -> new CommercialRequest(
                        new CommercialNumber(1),
                        CommercialRequestType.OTRO,
                        "x".repeat(CommercialText.MESSAGE_MAX + 1),
                        null,
                        new Requester("s", "n"),
                        NOW))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aSessionIsInTheFutureWithAWebLink() {
        assertThatThrownBy(() -> ScheduledSession.of(
                        SessionKind.CAPACITACION,
                        LocalDateTime.parse("2026-03-10T08:00"),
                        SANTIAGO,
                        "https://x.cl",
                        NOW))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ScheduledSession.of(
                        SessionKind.CAPACITACION,
                        LocalDateTime.parse("2026-03-20T08:00"),
                        SANTIAGO,
                        "javascript:alert(1)",
                        NOW))
                .isInstanceOf(ProblemException.class);
        assertThat(ScheduledSession.of(
                                SessionKind.CAPACITACION,
                                LocalDateTime.parse("2026-03-20T08:00"),
                                SANTIAGO,
                                "https://x.cl/s",
                                NOW)
                        .link())
                .isEqualTo("https://x.cl/s");
    }

    @Test
    void parsingTheTypeForgivesCaseAndRefusesUnknownOnes() {
        assertThat(CommercialRequestType.parse(" capacitacion ")).isEqualTo(CommercialRequestType.CAPACITACION);
        assertThatThrownBy(() -> CommercialRequestType.parse("SOPORTE")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> QuoteProduct.parse("UNICORN")).isInstanceOf(ProblemException.class);
    }

    private static void assertConflict(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.type())
                .isEqualTo(ProblemType.CONFLICT));
    }
}
