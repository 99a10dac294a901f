package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.MailCatcher.Mail;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.app.it.TicketCalls.Requester;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service visits and meetings on tickets: a visit only after the complete remote checklist, folios counted per tenant,
 * the outcome recorded once, https-only meeting links, the requester mailed when either is scheduled, the tenant
 * reading both, none on a solved ticket, and another tenant's ticket numbers giving 404 on the tenant's and the
 * staff's routes.
 */
class VisitsIT extends AndesIT {

    private TicketCalls calls;

    @BeforeEach
    void calls() {
        calls = new TicketCalls(api);
    }

    @Test
    void aVisitNeedsTheWholeRemoteChecklistAndFoliosCountPerTenant() {
        TestTenant a = TestTenants.create(api, "visita-a", "profesional");
        TestTenant b = TestTenants.create(api, "visita-b", "profesional");
        String number = calls.open(a.userToken(), "La impresora fiscal no responde", null);

        assertThat(TicketCalls.fields(schedule(a.code(), number, visit().add("equipmentOn", false))))
                .containsExactly("equipmentOn");
        assertThat(TicketCalls.fields(schedule(a.code(), number, visit().remove("restarted"))))
                .containsExactly("restarted");
        assertThat(TicketCalls.fields(schedule(a.code(), number, visit().add("remoteResult", "  "))))
                .containsExactly("remoteResult");
        assertThat(TicketCalls.fields(schedule(a.code(), number, visit().add("scheduledAt", "mañana"))))
                .containsExactly("scheduledAt");
        assertThat(TicketCalls.fields(schedule(a.code(), number, visit().add("technician", ""))))
                .containsExactly("technician");
        assertThat(visitsOf(a.userToken(), number)).isEmpty();

        JsonObject first = created(schedule(a.code(), number, visit()));
        assertThat(first.getString("folio")).isEqualTo("F-000001");
        assertThat(first.getString("status")).isEqualTo("SCHEDULED");
        assertThat(first.getString("scheduledAt")).isEqualTo("2026-12-03T13:00:00Z");
        assertThat(first.getString("remoteResult")).isEqualTo("Reinicio remoto sin éxito");
        assertThat(created(schedule(a.code(), number, visit())).getString("folio"))
                .isEqualTo("F-000002");
        String ofB = calls.open(b.userToken(), "Otro problema", null);
        assertThat(created(schedule(b.code(), ofB, visit())).getString("folio")).isEqualTo("F-000001");
    }

    @Test
    void theOutcomeIsRecordedOnceAndTheTenantSeesVisitsAndMeetings() {
        TestTenant a = TestTenants.create(api, "resultado", "profesional");
        Requester requester = TicketCalls.requester(a.code());
        String number = calls.open(requester.token(), "Lector de códigos dañado", null);
        String folio = created(schedule(a.code(), number, visit())).getString("folio");

        Mail visitMail = Eventually.mail(requester.email(), "Visita de servicio " + folio);
        assertThat(visitMail.text())
                .contains(number)
                .contains("Técnico: Pedro Soto")
                .contains("Av. Providencia 1234")
                .contains("America/Santiago")
                .contains("10:00");

        assertThat(outcome(a.code(), number, folio, "{\"outcome\":\"x\",\"status\":\"PERDIDA\"}")
                        .status())
                .isEqualTo(400);
        Api.Reply done = outcome(a.code(), number, folio, "{\"outcome\":\"Se cambió la fuente de poder\"}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getString("status")).isEqualTo("DONE");
        assertThat(outcome(a.code(), number, folio, "{\"outcome\":\"otra vez\"}")
                        .status())
                .isEqualTo(409);
        assertThat(outcome(a.code(), number, "F-000099", "{\"outcome\":\"x\"}").status())
                .isEqualTo(404);

        assertThat(TicketCalls.fields(
                        meeting(a.code(), number, meetingBody().add("link", "http://meet.example.com/x"))))
                .containsExactly("link");
        assertThat(TicketCalls.fields(meeting(a.code(), number, meetingBody().add("link", "javascript:alert(1)"))))
                .containsExactly("link");
        assertThat(TicketCalls.fields(meeting(a.code(), number, meetingBody().add("durationMinutes", 0))))
                .containsExactly("durationMinutes");
        JsonObject meeting = created(meeting(a.code(), number, meetingBody()));
        assertThat(meeting.getString("link")).isEqualTo("https://meet.example.com/abc-defg-hij");
        assertThat(Eventually.mail(requester.email(), "Reunión agendada para su ticket " + number)
                        .text())
                .contains("https://meet.example.com/abc-defg-hij")
                .contains("Revisión de la configuración");

        List<JsonObject> visits = visitsOf(requester.token(), number);
        assertThat(visits).extracting(v -> v.getString("folio")).containsExactly(folio);
        assertThat(visits.get(0).getString("outcome")).isEqualTo("Se cambió la fuente de poder");
        Api.Reply meetings = api.get("/api/v1/tickets/" + number + "/meetings", a.adminToken());
        assertThat(meetings.status()).isEqualTo(200);
        assertThat(meetings.jsonArray().getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("topic"))
                .containsExactly("Revisión de la configuración");
        Api.Reply staffList = api.get(staffPath(a.code(), number, "visits"), calls.agent, TicketCalls.REASON, "x");
        assertThat(staffList.jsonArray()).hasSize(1);
        assertThat(api.get(staffPath(a.code(), number, "visits"), calls.agent).status())
                .isEqualTo(400);
        assertThat(api.get(staffPath(a.code(), number, "visits"), a.adminToken(), TicketCalls.REASON, "x")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anotherTenantsTicketNumbersAreNotFoundOnEveryRoute() {
        TestTenant a = TestTenants.create(api, "aisla-a", "profesional");
        TestTenant b = TestTenants.create(api, "aisla-b", "profesional");
        calls.open(a.userToken(), "Primero", null);
        String number = calls.open(a.userToken(), "Segundo", null);
        String folio = created(schedule(a.code(), number, visit())).getString("folio");
        created(meeting(a.code(), number, meetingBody()));

        assertThat(api.get("/api/v1/tickets/" + number + "/visits", b.userToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tickets/" + number + "/meetings", b.adminToken())
                        .status())
                .isEqualTo(404);
        assertThat(schedule(b.code(), number, visit()).status()).isEqualTo(404);
        assertThat(meeting(b.code(), number, meetingBody()).status()).isEqualTo(404);
        assertThat(outcome(b.code(), number, folio, "{\"outcome\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(api.get(staffPath(b.code(), number, "visits"), calls.agent, TicketCalls.REASON, "x")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(staffPath(b.code(), number, "meetings"), calls.agent, TicketCalls.REASON, "x")
                        .status())
                .isEqualTo(404);
        assertThat(visitsOf(a.userToken(), number))
                .extracting(v -> v.getString("status"))
                .containsExactly("SCHEDULED");
    }

    @Test
    void aSolvedTicketTakesNoNewVisitOrMeeting() {
        TestTenant a = TestTenants.create(api, "resuelto", "profesional");
        String number = calls.open(a.userToken(), "El lector de códigos no enciende", null);
        created(schedule(a.code(), number, visit()));
        Api.Reply solved = api.post(
                "/api/v1/support/tickets/" + a.code() + "/" + number + "/resolution",
                calls.agent,
                "",
                TicketCalls.REASON,
                TicketCalls.WHY);
        assertThat(solved.status()).as(solved.toString()).isEqualTo(200);

        Problems.assertProblem(schedule(a.code(), number, visit()), 409, "/problems/conflict");
        Problems.assertProblem(meeting(a.code(), number, meetingBody()), 409, "/problems/conflict");
        assertThat(visitsOf(a.userToken(), number)).hasSize(1);
        Api.Reply meetings = api.get("/api/v1/tickets/" + number + "/meetings", a.userToken());
        assertThat(meetings.jsonArray()).isEmpty();
    }

    private static JsonObjectBuilder visit() {
        return Json.createObjectBuilder()
                .add("equipmentOn", true)
                .add("restarted", true)
                .add("remoteResult", "Reinicio remoto sin éxito")
                .add("scheduledAt", "2026-12-03T10:00:00-03:00")
                .add("technician", "Pedro Soto")
                .add("address", "Av. Providencia 1234, Santiago");
    }

    private static JsonObjectBuilder meetingBody() {
        return Json.createObjectBuilder()
                .add("startsAt", "2026-12-04T15:30:00-03:00")
                .add("durationMinutes", 30)
                .add("link", "https://meet.example.com/abc-defg-hij")
                .add("topic", "Revisión de la configuración");
    }

    private Api.Reply schedule(String tenant, String number, JsonObjectBuilder body) {
        return api.post(
                staffPath(tenant, number, "visits"), calls.agent, body.build().toString());
    }

    private Api.Reply meeting(String tenant, String number, JsonObjectBuilder body) {
        return api.post(
                staffPath(tenant, number, "meetings"), calls.agent, body.build().toString());
    }

    private Api.Reply outcome(String tenant, String number, String folio, String body) {
        return api.post(staffPath(tenant, number, "visits") + "/" + folio + "/outcome", calls.agent, body);
    }

    private List<JsonObject> visitsOf(String token, String number) {
        Api.Reply reply = api.get("/api/v1/tickets/" + number + "/visits", token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class);
    }

    private static String staffPath(String tenant, String number, String what) {
        return "/api/v1/support/tickets/" + tenant + "/" + number + "/" + what;
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }
}
