package io.andes.app.it;

import static io.andes.app.it.Filings.items;
import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.MailCatcher.Mail;
import io.andes.app.dev.SyntheticTaxIds;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.domain.tenant.Country;
import io.andes.core.security.Roles;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import io.andes.ticketing.domain.pqrs.PqrsResponseTerms;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PQRS box through the API, with the real mail server: a filing gets its yearly number and a deadline in business
 * days of the tenant's country (10 for Colombia in this run's configuration, 15 elsewhere), the requester an
 * acknowledgement and senior management a copy; staff answer and close it; a closed one takes no reply; PQRS never
 * mix with tickets; bad input changes nothing; and another tenant's filings are not found on any route.
 */
class PqrsIT extends AndesIT {

    private static final String PQRS = "/api/v1/pqrs";
    private static final String MANAGEMENT = "gerencia-it@andes.test";
    private static final String REASON = "X-Access-Reason";

    TestTenant colombian;
    String requester;
    String requesterAddress;

    @BeforeEach
    void colombianTenantAndRequester() {
        colombian = colombianTenant();
        requester = Filings.personWithMail(colombian.code(), "ana");
        requesterAddress = Filings.address(colombian.code(), "ana");
    }

    @Test
    void aFilingIsNumberedDueInTheCountrysBusinessDaysAcknowledgedAndCopiedToManagement() {
        LocalDate dueBefore = due(Country.CO, 10);
        JsonObject filed = filed(requester, "QUEJA", "Cobro duplicado en marzo");
        LocalDate dueAfter = due(Country.CO, 10);

        int year = LocalDate.now(Country.CO.zone()).getYear();
        String number = "PQRS-" + year + "-000001";
        assertThat(filed.getString("number")).isEqualTo(number);
        assertThat(filed.getString("kind")).isEqualTo("QUEJA");
        assertThat(filed.getString("status")).isEqualTo("RADICADA");
        assertThat(LocalDate.parse(filed.getString("dueDate"))).isIn(dueBefore, dueAfter);
        String due = LocalDate.parse(filed.getString("dueDate")).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));

        Mail acknowledgement = Eventually.mail(requesterAddress, "PQRS " + number + " radicada");
        assertThat(acknowledgement.text()).contains(number).contains(due).contains("Cobro duplicado en marzo");
        Mail copy = Eventually.mail(MANAGEMENT, "Copia: PQRS " + number + " radicada (" + colombian.code());
        assertThat(copy.text()).contains(number).contains(due).contains(requesterAddress);

        assertThat(filed(requester, "PETICION", "Factura en inglés").getString("number"))
                .isEqualTo("PQRS-" + year + "-000002");
        TestTenant chilean = TestTenants.create(api, "pq", "basico");
        LocalDate chileanBefore = due(Country.CL, 15);
        JsonObject elsewhere = filed(chilean.userToken(), "SUGERENCIA", "Modo oscuro");
        assertThat(elsewhere.getString("number"))
                .isEqualTo("PQRS-" + LocalDate.now(Country.CL.zone()).getYear() + "-000001");
        assertThat(LocalDate.parse(elsewhere.getString("dueDate"))).isIn(chileanBefore, due(Country.CL, 15));
        assertThat(items(api.get("/api/v1/tickets", requester))).isEmpty();
        assertThat(items(api.get(PQRS, colombian.adminToken())))
                .extracting(p -> p.getString("number"))
                .containsExactly("PQRS-" + year + "-000002", number);
    }

    @Test
    void staffAnswerAndCloseAndAClosedPqrsRefusesRepliesStoringNothing() {
        String number =
                filed(requester, "RECLAMO", "No llegó la nota de crédito").getString("number");
        String staff = TestTenants.staffToken(Roles.SUPPORT_AGENT);
        String support = "/api/v1/support/pqrs/" + colombian.code() + "/" + number;

        assertProblem(api.get(support, staff), 400, "/problems/validation");
        assertProblem(api.get(support, requester, REASON, "curioso"), 403, "/problems/forbidden");
        assertThat(api.get(support, staff, REASON, "PqrsIT").json().getString("status"))
                .isEqualTo("RADICADA");

        Api.Reply answer = api.post(support + "/responses", staff, message("Emitimos la nota de crédito 88."));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(read(requester, number).getString("status")).isEqualTo("RESPONDIDA");
        assertThat(read(requester, number).getString("respondedAt")).isNotBlank();
        Mail mailed = Eventually.mail(requesterAddress, "Respuesta a su PQRS " + number);
        assertThat(mailed.text()).contains("Emitimos la nota de crédito 88.");

        Api.Reply added = api.post(PQRS + "/" + number + "/replies", requester, message("Gracias, <b>revisaré</b>"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonObject inProgress = read(requester, number);
        assertThat(inProgress.getString("status")).isEqualTo("EN_TRAMITE");
        assertThat(inProgress.getJsonArray("messages").getJsonObject(1).getString("body"))
                .isEqualTo("Gracias, <b>revisaré</b>");

        Api.Reply closed = api.post(support + "/closure", staff, "");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CERRADA");

        assertProblem(
                api.post(PQRS + "/" + number + "/replies", requester, message("¿Y ahora?")), 409, "/problems/conflict");
        assertProblem(api.post(support + "/responses", staff, message("Otra")), 409, "/problems/conflict");
        assertProblem(api.post(support + "/closure", staff, ""), 409, "/problems/conflict");
        JsonObject after = read(requester, number);
        assertThat(after.getString("status")).isEqualTo("CERRADA");
        assertThat(after.getJsonArray("messages")).hasSize(2);
    }

    @Test
    void badInputIsRefusedAndNothingIsFiled() {
        String token = colombian.userToken();
        for (String body : List.of(
                filing("DENUNCIA", "Asunto", "Detalle"),
                filing("QUEJA", " ", "Detalle"),
                filing("QUEJA", "Asunto", ""),
                filing("QUEJA", "x".repeat(201), "Detalle"),
                "{\"kind\":\"QUEJA\"}")) {
            assertProblem(api.post(PQRS, token, body), 400, "/problems/validation");
        }
        for (String malformed : List.of("PQRS-26-1", "T-000001", "PQRS-2026-000001-x")) {
            assertProblem(api.get(PQRS + "/" + malformed, token), 404, "/problems/not-found");
        }
        String number = filed(token, "PETICION", "Detalle de factura").getString("number");
        assertProblem(api.post(PQRS + "/" + number + "/replies", token, message("  ")), 400, "/problems/validation");
        assertThat(read(token, number).getJsonArray("messages")).isEmpty();
        assertThat(api.get(PQRS, token).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void anotherTenantsPqrsIsNotFoundOnEveryRouteAndNeverListed() {
        String number = filed(requester, "QUEJA", "Atención lenta").getString("number");
        TestTenant other = TestTenants.create(api, "pq", "basico");
        String intruder = other.adminToken();
        String staff = TestTenants.staffToken(Roles.PLATFORM_ADMIN);

        assertProblem(api.get(PQRS + "/" + number, intruder), 404, "/problems/not-found");
        assertProblem(
                api.post(PQRS + "/" + number + "/replies", intruder, message("Intruso")), 404, "/problems/not-found");
        assertThat(items(api.get(PQRS, intruder))).isEmpty();
        String wrongTenant = "/api/v1/support/pqrs/" + other.code() + "/" + number;
        assertProblem(api.get(wrongTenant, staff, REASON, "PqrsIT"), 404, "/problems/not-found");
        assertProblem(api.post(wrongTenant + "/responses", staff, message("No")), 404, "/problems/not-found");
        assertProblem(api.post(wrongTenant + "/closure", staff, ""), 404, "/problems/not-found");

        JsonObject untouched = read(requester, number);
        assertThat(untouched.getString("status")).isEqualTo("RADICADA");
        assertThat(untouched.getJsonArray("messages")).isEmpty();
    }

    private TestTenant colombianTenant() {
        String code = "pq-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String nit = SyntheticTaxIds.withCheckDigit(
                Country.CO, ThreadLocalRandom.current().nextInt(800_000_000, 999_999_999));
        Api.Reply created = api.post(
                "/api/v1/tenants",
                TestTenants.staffToken(Roles.PLATFORM_ADMIN),
                """
                {"code":"%s","legalName":"%s S.A.S.","country":"CO","taxId":"%s","plan":"basico"}"""
                        .formatted(code, code, nit));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var tokens = ItEnvironment.tokens();
        return new TestTenant(
                code,
                tokens.token("admin@" + code, code, List.of(Roles.TENANT_ADMIN), Duration.ofHours(1)),
                tokens.token("user@" + code, code, List.of(Roles.TENANT_USER), Duration.ofHours(1)));
    }

    private static LocalDate due(Country country, int days) {
        BusinessCalendar calendar = BusinessCalendar.of(country);
        return PqrsResponseTerms.standard()
                .withBusinessDays(country, days)
                .responseDue(LocalDate.now(country.zone()), calendar);
    }

    private JsonObject filed(String token, String kind, String subject) {
        Api.Reply reply = api.post(PQRS, token, filing(kind, subject, "Detalle: " + subject));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.headers().firstValue("Location").orElse(""))
                .endsWith(reply.json().getString("number"));
        return reply.json();
    }

    private JsonObject read(String token, String number) {
        Api.Reply reply = api.get(PQRS + "/" + number, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static String filing(String kind, String subject, String description) {
        return Json.createObjectBuilder()
                .add("kind", kind)
                .add("subject", subject)
                .add("description", description)
                .build()
                .toString();
    }

    private static String message(String body) {
        return Json.createObjectBuilder().add("body", body).build().toString();
    }
}
