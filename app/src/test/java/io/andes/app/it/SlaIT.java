package io.andes.app.it;

import static io.andes.app.it.DeskFixture.instant;
import static io.andes.app.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.MailCatcher.Mail;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.domain.tenant.Country;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SLA per support tier, seen from outside: the empresa plan's priority tier gets the tighter due instants of its
 * clause, staff can make a ticket urgent, waiting on the customer pauses the resolution clock, and a breach is
 * escalated by mail exactly once. Tickets are moved back in time through the database, since the application's
 * clock cannot be moved from the test.
 */
class SlaIT extends AndesIT {

    private static final String ESCALATIONS = "escalamiento@andes.test";
    private static final BusinessCalendar CHILE = BusinessCalendar.of(Country.CL);

    DeskFixture desk;

    @BeforeEach
    void fixture() {
        desk = new DeskFixture(api);
    }

    @Test
    void theEmpresaPlansPriorityTierGetsTighterDueTimesThanBasico() {
        TestTenant basico = TestTenants.create(api, "sla", "basico");
        TestTenant empresa = TestTenants.create(api, "sla", "empresa");

        JsonObject standardTicket = read(basico, desk.open(basico.userToken(), "No emite boletas"));
        JsonObject priorityTicket = read(empresa, desk.open(empresa.userToken(), "No emite boletas"));
        JsonObject standard = standardTicket.getJsonObject("sla");
        JsonObject priority = priorityTicket.getJsonObject("sla");

        assertThat(standard.getString("tier")).isEqualTo("STANDARD");
        assertThat(standard.getString("clause")).isEqualTo("Cláusula 12");
        assertThat(priority.getString("tier")).isEqualTo("PRIORITARIO");
        assertThat(priority.getString("clause")).isEqualTo("Cláusula 12 bis");
        assertThat(priority.getString("priority")).isEqualTo("NORMAL");
        assertThat(priority.getString("zone")).isEqualTo("America/Santiago");
        assertThat(priority.getString("standing")).isIn("ON_TRACK", "AT_RISK");
        assertThat(priority.getJsonArray("events")).as("events are for staff").isEmpty();
        assertDue(standardTicket, standard, "firstResponseDue", Duration.ofHours(8));
        assertDue(standardTicket, standard, "resolutionDue", Duration.ofHours(40));
        assertDue(priorityTicket, priority, "firstResponseDue", Duration.ofHours(2));
        assertDue(priorityTicket, priority, "resolutionDue", Duration.ofHours(16));
        assertThat(instant(priority, "firstResponseDue")).isBefore(instant(standard, "firstResponseDue"));
    }

    @Test
    void staffMarkATicketUrgentWithAReasonAndItGetsTheUrgentTargets() {
        TestTenant empresa = TestTenants.create(api, "sla", "empresa");
        TestTenant other = TestTenants.create(api, "sla", "basico");
        String number = desk.open(empresa.userToken(), "Caída total del ERP");
        String second = desk.open(empresa.userToken(), "Consulta menor");
        desk.open(other.userToken(), "Ticket de otra empresa");

        assertThat(desk.markUrgent(empresa.code(), number, null).status()).isEqualTo(400);
        assertThat(desk.markUrgent(empresa.code(), "T-999999", "caída").status())
                .isEqualTo(404);
        Api.Reply urgent = desk.markUrgent(empresa.code(), number, "Caída total en cierre de mes");

        assertThat(urgent.status()).as(urgent.toString()).isEqualTo(200);
        JsonObject sla = urgent.json().getJsonObject("sla");
        assertThat(sla.getString("priority")).isEqualTo("URGENT");
        assertDue(urgent.json(), sla, "firstResponseDue", Duration.ofHours(1));
        assertDue(urgent.json(), sla, "resolutionDue", Duration.ofHours(8));
        assertThat(urgent.json().getJsonArray("messages").getValuesAs(JsonObject.class))
                .anySatisfy(m -> {
                    assertThat(m.getBoolean("internal")).isTrue();
                    assertThat(m.getString("body")).contains("Caída total en cierre de mes");
                });
        assertThat(kinds(desk.staffView(empresa.code(), number))).containsExactly("TARGETS_SET", "TARGETS_SET");
        JsonObject seenByTenant =
                api.get(DeskFixture.TICKETS + "/" + number, empresa.userToken()).json();
        assertThat(seenByTenant.getJsonObject("sla").getString("priority")).isEqualTo("URGENT");
        assertThat(seenByTenant.getJsonArray("messages")).isEmpty();
        // the other tenant has no ticket of that number: its code never reaches this tenant's ticket
        assertThat(desk.markUrgent(other.code(), second, "otro cliente").status())
                .isEqualTo(404);
        assertThat(sla(empresa, second).getString("priority")).isEqualTo("NORMAL");
    }

    @Test
    void waitingForTheCustomerPausesTheResolutionClockAndTheDueMoves() {
        TestTenant tenant = TestTenants.create(api, "sla", "basico");
        String number = desk.open(tenant.userToken(), "Libro de ventas descuadrado");
        assertThat(desk.answer(tenant.code(), number, "¿Nos envía el libro?", false, true)
                        .status())
                .isEqualTo(201);
        // the ticket has waited a whole week for the customer: none of it counts
        DeskFixture.shiftBack(tenant.code(), number, 7);
        JsonObject paused = sla(tenant, number);
        assertThat(paused.getBoolean("paused")).isTrue();
        assertThat(paused.getString("standing")).isEqualTo("PAUSED");

        Api.Reply reply = api.post(
                DeskFixture.TICKETS + "/" + number + "/replies",
                tenant.userToken(),
                Json.createObjectBuilder()
                        .add("body", "Adjunto el libro")
                        .build()
                        .toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        JsonObject ticket = desk.staffView(tenant.code(), number);
        JsonObject sla = ticket.getJsonObject("sla");
        Instant resumed = instant(ticket, "updatedAt");
        Instant due = instant(sla, "resolutionDue");
        assertThat(ticket.getString("status")).isEqualTo("ABIERTO");
        assertThat(due).isAfter(CHILE.plus(instant(ticket, "createdAt"), Duration.ofHours(40)));
        assertThat(CHILE.businessTimeBetween(resumed, due))
                .isBetween(Duration.ofHours(40).minusMinutes(1), Duration.ofHours(40));
        assertThat(sla.getBoolean("firstResponseMet")).isTrue();
        assertThat(kinds(ticket)).containsExactly("TARGETS_SET", "FIRST_RESPONSE_MET", "PAUSED", "RESUMED");
    }

    @Test
    void aBreachIsRecordedAndEscalatedByMailExactlyOnce() {
        TestTenant tenant = TestTenants.create(api, "sla", "basico");
        String late = desk.open(tenant.userToken(), "Nadie responde");
        String later = desk.open(tenant.userToken(), "Tampoco responden aquí");

        DeskFixture.shiftBack(tenant.code(), late, 4);
        Mail mail = await(() -> escalations(tenant, late), m -> !m.isEmpty(), "the escalation of " + late)
                .get(0);
        assertThat(mail.subject()).contains(late, tenant.code(), "primera respuesta");
        assertThat(mail.text()).contains("Cláusula 12", "/admin/ticket.xhtml?cliente=" + tenant.code());
        JsonObject escalated = await(
                () -> desk.staffView(tenant.code(), late),
                t -> kinds(t).contains("ESCALATED"),
                "the ESCALATED event of " + late);
        assertThat(escalated.getJsonObject("sla").getString("standing")).isEqualTo("BREACHED");

        // another breach later: by the time it is escalated, the first one has been looked at many rounds more
        DeskFixture.shiftBack(tenant.code(), later, 4);
        await(() -> escalations(tenant, later), m -> !m.isEmpty(), "the escalation of " + later);
        assertThat(escalations(tenant, late)).hasSize(1);
        assertThat(kinds(desk.staffView(tenant.code(), late)))
                .containsExactly("TARGETS_SET", "FIRST_RESPONSE_BREACHED", "ESCALATED");
    }

    private JsonObject read(TestTenant tenant, String number) {
        Api.Reply reply = api.get(DeskFixture.TICKETS + "/" + number, tenant.userToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private JsonObject sla(TestTenant tenant, String number) {
        return read(tenant, number).getJsonObject("sla");
    }

    /** The due instant is the target's business time after the opening, in the tenant's (Chilean) calendar. */
    private static void assertDue(JsonObject ticket, JsonObject sla, String key, Duration target) {
        assertThat(instant(sla, key)).as(key).isEqualTo(CHILE.plus(instant(ticket, "createdAt"), target));
    }

    private static List<String> kinds(JsonObject ticket) {
        return ticket.getJsonObject("sla").getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind"))
                .toList();
    }

    private static List<Mail> escalations(TestTenant tenant, String number) {
        return ItEnvironment.mail().messagesTo(ESCALATIONS).stream()
                .filter(m -> m.subject() != null
                        && m.subject().contains(" " + number + " ")
                        && m.subject().contains(tenant.code()))
                .toList();
    }
}
