package io.andes.ticketing.domain.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.ticketing.domain.numbering.VisitNumber;
import io.andes.ticketing.domain.ticket.Ticket;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitRulesTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
    private static final VisitPlan PLAN = new VisitPlan(AT.plusSeconds(86_400), " Pedro Soto ", "Av. Providencia 1234");

    @Test
    void theChecklistNeedsEquipmentOnRestartAndAResult() {
        RemoteChecklist done = new RemoteChecklist(true, true, "  sin éxito  ");

        assertThat(done.remoteResult()).isEqualTo("sin éxito");
        assertRefusedOn(() -> new RemoteChecklist(false, true, "x"), "equipmentOn");
        assertRefusedOn(() -> new RemoteChecklist(true, false, "x"), "restarted");
        assertRefusedOn(() -> new RemoteChecklist(true, true, " "), "remoteResult");
        assertRefusedOn(() -> new RemoteChecklist(true, true, null), "remoteResult");
        assertRefusedOn(() -> new RemoteChecklist(true, true, "x".repeat(2_001)), "remoteResult");
    }

    @Test
    void aPlanNeedsDateTechnicianAndAddress() {
        assertThat(PLAN.technician()).isEqualTo("Pedro Soto");
        assertRefusedOn(() -> new VisitPlan(null, "Pedro", "Calle 1"), "scheduledAt");
        assertRefusedOn(() -> new VisitPlan(AT, "", "Calle 1"), "technician");
        assertRefusedOn(() -> new VisitPlan(AT, "Pedro", null), "address");
    }

    @Test
    void theOutcomeIsRecordedOnceAsDoneOrCancelled() {
        ServiceVisit visit = visit();
        assertThat(visit.status()).isEqualTo(VisitStatus.SCHEDULED);
        assertThat(visit.folio().formatted()).isEqualTo("F-000003");

        assertRefusedOn(() -> visit.recordOutcome(true, " ", AT), "outcome");
        visit.recordOutcome(true, "Se cambió la fuente", AT);

        assertThat(visit.status()).isEqualTo(VisitStatus.DONE);
        assertThat(visit.completedAt()).isEqualTo(AT);
        assertThatThrownBy(() -> visit.recordOutcome(false, "otra vez", AT))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));

        ServiceVisit cancelled = visit();
        cancelled.recordOutcome(false, "El cliente no estaba", AT);
        assertThat(cancelled.status()).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void meetingLinksAreHttpsOnly() {
        assertThat(MeetingLink.parse(" https://meet.example.com/abc ").value())
                .isEqualTo("https://meet.example.com/abc");
        for (String bad : new String[] {
            "http://meet.example.com/abc",
            "javascript:alert(1)",
            "https://user@meet.example.com/",
            "//meet.example.com/abc",
            "data:text/html,hola",
            "https://meet.example.com/" + "a".repeat(500),
            "",
            "no es un enlace"
        }) {
            assertRefusedOn(() -> MeetingLink.parse(bad), "link");
        }
    }

    @Test
    void foliosReadForgivingCaseAndPadding() {
        assertThat(VisitNumber.parse(" f-12 ")).isEqualTo(new VisitNumber(12));
        assertThat(new VisitNumber(12).formatted()).isEqualTo("F-000012");
        assertRefusedOn(() -> VisitNumber.parse("T-000012"), "folio");
    }

    private static ServiceVisit visit() {
        Ticket ticket = new Ticket() {};
        return new ServiceVisit(
                new VisitNumber(3), ticket, new RemoteChecklist(true, true, "sin éxito"), PLAN, "agente", AT);
    }

    private static void assertRefusedOn(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.extensions().toString()).contains("field=" + field);
        });
    }
}
