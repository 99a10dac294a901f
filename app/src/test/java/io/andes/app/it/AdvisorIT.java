package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.MailCatcher.Mail;
import io.andes.app.it.AdvisorFixture.Advisor;
import io.andes.app.it.AdvisorFixture.Customer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The commercial-advisor channel end to end with the real mail server (GreenMail): a tenant admin sees their advisor
 * and asks for a demonstration (C-000001, mailed to the advisor), support-looking text is turned towards a ticket
 * unless confirmed, the advisor answers, schedules the demo in the tenant's time zone and quotes store items (each
 * mailed to the admin), the admin accepts the quote once, and a closed request takes nothing more.
 */
class AdvisorIT extends AndesIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void anAdminAsksForADemoTheAdvisorSchedulesAndQuotesAndTheAdminAcceptsEveryStepMailed() {
        AdvisorFixture channel = new AdvisorFixture(api);
        Customer customer = channel.customer("asesoria");
        Advisor advisor = channel.advisor("Renata Fuentes");
        assertThat(channel.assign(customer.code(), advisor).status()).isEqualTo(200);

        JsonObject card = api.get("/api/v1/my-advisor", customer.admin()).json();
        assertThat(card.getString("name")).isEqualTo("Renata Fuentes");
        assertThat(card.getString("email")).isEqualTo(advisor.username());
        assertThat(card.getString("phone")).isEqualTo("+56 2 2345 6789");
        assertThat(card.getString("hours")).isEqualTo("Lunes a viernes, 9:00 a 18:00");

        Api.Reply sent = channel.send(
                customer.admin(), "DEMOSTRACION", "Queremos una demostración del módulo <b>bodegas</b>", false);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonObject request = sent.json();
        String number = request.getString("number");
        assertThat(number).isEqualTo("C-000001");
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/commercial-requests/C-000001");
        assertThat(request.getString("status")).isEqualTo("NUEVA");
        assertThat(request.getString("message")).isEqualTo("Queremos una demostración del módulo <b>bodegas</b>");
        assertThat(request.getString("preferredContactTime")).isEqualTo("Mañanas, 9:00 a 12:00");
        assertThat(request.keySet()).noneMatch(key -> key.toLowerCase().contains("due") || key.contains("sla"));

        Mail toAdvisor = Eventually.mail(advisor.username(), "Nueva solicitud comercial C-000001");
        assertThat(toAdvisor.text())
                .contains(customer.code())
                .contains(customer.adminEmail())
                .contains("Demostración")
                .contains("Mañanas, 9:00 a 12:00")
                .contains("no es un canal de soporte");

        assertThat(channel.answer(advisor.token(), customer.code(), number, "Con gusto, le propongo el jueves.")
                        .status())
                .isEqualTo(201);
        Mail answer = Eventually.mail(customer.adminEmail(), "Respuesta de su asesor comercial: C-000001");
        assertThat(answer.text()).contains("Con gusto, le propongo el jueves.").contains("/portal/solicitud-comercial");

        String at = LOCAL.format(
                LocalDateTime.now(ZoneId.of("America/Santiago")).plusDays(3).truncatedTo(ChronoUnit.HOURS));
        Api.Reply scheduled = channel.schedule(
                advisor.token(), customer.code(), number, "DEMOSTRACION", at, "https://meet.example/abc");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
        JsonObject session = scheduled.json().getJsonObject("session");
        assertThat(scheduled.json().getString("status")).isEqualTo("AGENDADA");
        assertThat(session.getString("localAt")).isEqualTo(at);
        assertThat(session.getString("zone")).isEqualTo("America/Santiago");
        assertThat(session.getString("link")).isEqualTo("https://meet.example/abc");
        assertThat(Eventually.mail(customer.adminEmail(), "Demostración agendada: C-000001")
                        .text())
                .contains("https://meet.example/abc")
                .contains("America/Santiago");

        Api.Reply quoted = channel.quote(advisor.token(), customer.code(), number, "USERS", 5, "PRIORITY_SUPPORT", 1);
        assertThat(quoted.status()).as(quoted.toString()).isEqualTo(201);
        JsonObject quote = AdvisorFixture.lastQuote(quoted.json());
        assertThat(quote.getString("status")).isEqualTo("PENDIENTE");
        assertThat(quote.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("product") + " x" + l.getInt("quantity"))
                .containsExactly("USERS x5", "PRIORITY_SUPPORT x1");
        assertThat(Eventually.mail(customer.adminEmail(), "Cotización de su asesor comercial: C-000001")
                        .text())
                .contains("5 × Usuarios adicionales")
                .contains("1 × Soporte prioritario");

        Api.Reply accepted = channel.accept(customer.admin(), number, quote.getString("id"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonObject acceptedQuote = AdvisorFixture.lastQuote(accepted.json());
        assertThat(acceptedQuote.getString("status")).isEqualTo("ACEPTADA");
        assertThat(acceptedQuote.getString("acceptedBy")).isEqualTo(customer.adminEmail());
        assertThat(acceptedQuote.getString("acceptedAt")).isNotBlank();
        assertThat(Eventually.mail(advisor.username(), "Cotización aceptada en C-000001")
                        .text())
                .contains(customer.adminEmail());
        assertProblem(channel.accept(customer.admin(), number, quote.getString("id")), 409, "/problems/conflict");

        assertThat(channel.reply(customer.admin(), number, "Perfecto, nos vemos el jueves.")
                        .status())
                .isEqualTo(201);
        assertThat(Eventually.mail(advisor.username(), "Mensaje del cliente en C-000001")
                        .text())
                .contains("Perfecto, nos vemos el jueves.");

        JsonObject whole = api.get(AdvisorFixture.REQUESTS + "/" + number, customer.admin())
                .json();
        assertThat(whole.getJsonArray("messages").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("authorKind") + ": " + m.getString("body"))
                .containsExactly(
                        "ADVISOR: Con gusto, le propongo el jueves.", "TENANT: Perfecto, nos vemos el jueves.");

        Api.Reply closed = channel.close(advisor.token(), customer.code(), number);
        assertThat(closed.json().getString("status")).isEqualTo("CERRADA");
        Eventually.mail(customer.adminEmail(), "Solicitud comercial cerrada: C-000001");
        assertProblem(channel.reply(customer.admin(), number, "¿Sigue ahí?"), 409, "/problems/conflict");
        assertProblem(channel.answer(advisor.token(), customer.code(), number, "Hola"), 409, "/problems/conflict");
        assertProblem(channel.quote(advisor.token(), customer.code(), number, "USERS", 1), 409, "/problems/conflict");
        assertProblem(channel.close(advisor.token(), customer.code(), number), 409, "/problems/conflict");
    }

    @Test
    void supportLookingTextIsTurnedTowardsATicketUnlessConfirmedAndNothingIsStoredMeanwhile() {
        AdvisorFixture channel = new AdvisorFixture(api);
        Customer customer = channel.customer("soporte-no");
        long before = total(customer.admin());

        Api.Reply refused =
                channel.send(customer.admin(), "OTRO", "El módulo de facturación NO FUNCIONA y da ERROR", false);
        assertProblem(refused, 422, "/problems/unprocessable");
        JsonObject problem = refused.json();
        assertThat(problem.getString("detail")).contains("ticket");
        assertThat(problem.getString("openTicket")).isEqualTo("/portal/nuevo-ticket.xhtml");
        assertThat(problem.getJsonArray("supportTerms").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .contains("no funciona", "error");
        assertThat(total(customer.admin())).isEqualTo(before);

        assertThat(channel.send(customer.admin(), "OTRO", "Se cayó la venta: ¿tienen un plan mayor?", true)
                        .status())
                .isEqualTo(201);
        String number = channel.sent(customer.admin(), "CAPACITACION", "Capacitación para 10 personas nuevas");
        assertThat(number).isEqualTo("C-000002");
        assertProblem(channel.reply(customer.admin(), number, "Ahora tenemos un bug"), 422, "/problems/unprocessable");
        assertThat(api.get(AdvisorFixture.REQUESTS + "/" + number, customer.admin())
                        .json()
                        .getJsonArray("messages"))
                .isEmpty();
        String confirmed =
                "{\"body\":\"Ahora tenemos un bug, pero queremos el plan mayor\",\"confirmCommercial\":true}";
        assertThat(api.post(AdvisorFixture.REQUESTS + "/" + number + "/replies", customer.admin(), confirmed)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void plainUsersUseTheChannelOnlyWhenTheTenantAllowsItAndSeeOnlyTheirOwnRequests() {
        AdvisorFixture channel = new AdvisorFixture(api);
        Customer customer = channel.customer("usuarios");
        String adminsRequest = channel.sent(customer.admin(), "NUEVO_PRODUCTO", "Cotícenos remuneraciones");

        assertProblem(channel.send(customer.user(), "OTRO", "Hola", false), 403, "/problems/forbidden");
        assertProblem(api.get(AdvisorFixture.REQUESTS, customer.user()), 403, "/problems/forbidden");
        assertProblem(channel.allowUsers(customer.user(), true), 403, "/problems/forbidden");
        assertThat(api.get("/api/v1/commercial-settings", customer.user())
                        .json()
                        .getBoolean("usersMaySend"))
                .isFalse();

        assertThat(channel.allowUsers(customer.admin(), true).json().getBoolean("usersMaySend"))
                .isTrue();
        String usersRequest = channel.sent(customer.user(), "CAPACITACION", "Capacitación de bodega");
        JsonObject usersList = api.get(AdvisorFixture.REQUESTS, customer.user()).json();
        assertThat(usersList.getInt("total")).isEqualTo(1);
        assertThat(usersList.getJsonArray("items").getJsonObject(0).getString("number"))
                .isEqualTo(usersRequest);
        assertProblem(
                api.get(AdvisorFixture.REQUESTS + "/" + adminsRequest, customer.user()), 404, "/problems/not-found");
        assertThat(api.get(AdvisorFixture.REQUESTS, customer.admin()).json().getInt("total"))
                .isEqualTo(2);

        Advisor advisor = channel.advisor("Tomás Vidal");
        channel.assign(customer.code(), advisor);
        String quoteId = AdvisorFixture.lastQuote(
                        channel.quote(advisor.token(), customer.code(), usersRequest, "WORKERS", 3)
                                .json())
                .getString("id");
        assertProblem(channel.accept(customer.user(), usersRequest, quoteId), 403, "/problems/forbidden");
        assertProblem(channel.accept(customer.admin(), usersRequest, "no-such-quote"), 404, "/problems/not-found");
        assertThat(channel.accept(customer.admin(), usersRequest, quoteId).status())
                .isEqualTo(200);

        channel.allowUsers(customer.admin(), false);
        assertProblem(
                api.get(AdvisorFixture.REQUESTS + "/" + usersRequest, customer.user()), 403, "/problems/forbidden");
    }

    @Test
    void badInputIsAClearProblemAndChangesNothing() {
        AdvisorFixture channel = new AdvisorFixture(api);
        Customer customer = channel.customer("entradas");
        Advisor advisor = channel.advisor("Paula Ríos");
        channel.assign(customer.code(), advisor);
        String number = channel.sent(customer.admin(), "DEMOSTRACION", "Demo, por favor");

        assertProblem(channel.send(customer.admin(), "SOPORTE", "Hola", false), 400, "/problems/validation");
        assertProblem(channel.send(customer.admin(), "OTRO", "   ", false), 400, "/problems/validation");
        assertProblem(
                api.post(AdvisorFixture.REQUESTS, customer.admin(), "{\"type\":"), 400, "/problems/malformed-request");
        assertProblem(api.get(AdvisorFixture.REQUESTS + "/T-000001", customer.admin()), 404, "/problems/not-found");
        assertProblem(api.get(AdvisorFixture.REQUESTS + "/C-999999", customer.admin()), 404, "/problems/not-found");

        String code = customer.code();
        String future = LOCAL.format(LocalDateTime.now().plusDays(5));
        assertProblem(
                channel.schedule(advisor.token(), code, number, "DEMOSTRACION", "2020-01-01T10:00", "https://x.cl"),
                400,
                "/problems/validation");
        assertProblem(
                channel.schedule(advisor.token(), code, number, "DEMOSTRACION", "mañana", "https://x.cl"),
                400,
                "/problems/validation");
        assertProblem(
                channel.schedule(advisor.token(), code, number, "DEMOSTRACION", future, "javascript:alert(1)"),
                400,
                "/problems/validation");
        assertProblem(
                channel.schedule(advisor.token(), code, number, "ALMUERZO", future, "https://x.cl"),
                400,
                "/problems/validation");
        assertProblem(channel.quote(advisor.token(), code, number, "UNICORNIOS", 1), 400, "/problems/validation");
        assertProblem(channel.quote(advisor.token(), code, number, "USERS", 0), 400, "/problems/validation");
        assertProblem(channel.quote(advisor.token(), code, number), 400, "/problems/validation");
        assertProblem(
                api.put(
                        AdvisorFixture.ASSIGNMENTS + "/" + code,
                        AdvisorFixture.admin(),
                        "{\"advisor\":\"nadie@andes.test\"}"),
                400,
                "/problems/validation");
        assertProblem(
                api.put(
                        AdvisorFixture.ASSIGNMENTS + "/no-existe-zz",
                        AdvisorFixture.admin(),
                        "{\"advisor\":\"" + advisor.username() + "\"}"),
                404,
                "/problems/not-found");

        JsonObject unchanged = api.get(AdvisorFixture.REQUESTS + "/" + number, customer.admin())
                .json();
        assertThat(unchanged.getString("status")).isEqualTo("NUEVA");
        assertThat(unchanged.getJsonArray("quotes")).isEmpty();
        assertThat(unchanged.get("session")).isIn(null, JsonValue.NULL);
    }

    @Test
    void reassigningMovesTheTenantToTheNewAdvisorsInboxOnly() {
        AdvisorFixture channel = new AdvisorFixture(api);
        Customer customer = channel.customer("reasigna");
        Advisor first = channel.advisor("Primera Asesora");
        Advisor second = channel.advisor("Segundo Asesor");
        channel.assign(customer.code(), first);
        String number = channel.sent(customer.admin(), "OTRO", "Queremos conversar de la renovación");
        assertThat(inbox(first.token(), customer.code())).isEqualTo(1);

        JsonObject reassigned = channel.assign(customer.code(), second).json();
        assertThat(reassigned.getString("advisor")).isEqualTo(second.username());
        assertThat(reassigned.getString("assignedBy")).isEqualTo("platform-admin@andes.test");
        assertThat(inbox(first.token(), customer.code())).isZero();
        assertThat(inbox(second.token(), customer.code())).isEqualTo(1);
        assertProblem(channel.answer(first.token(), customer.code(), number, "Hola"), 404, "/problems/not-found");
        assertThat(api.get("/api/v1/my-advisor", customer.user()).json().getString("name"))
                .isEqualTo("Segundo Asesor");
        assertThat(api.get(AdvisorFixture.ASSIGNMENTS, second.token())
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("tenant"))
                .containsExactly(customer.code());
    }

    private long total(String token) {
        return api.get(AdvisorFixture.REQUESTS, token).json().getInt("total");
    }

    private int inbox(String token, String tenant) {
        return api.get(AdvisorFixture.INBOX + "?tenant=" + tenant, token).json().getInt("total");
    }
}
