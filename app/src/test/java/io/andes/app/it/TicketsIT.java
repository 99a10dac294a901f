package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.app.it.TicketFiles.Part;
import io.andes.core.security.Roles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ticket API as a tenant's people and the vendor's agents use it: opening and finding tickets, the conversation
 * and the statuses it moves through, attachments judged by their content, the duplicate warning, and the wall
 * between tenants on every route. Categories come from the catalog, never from hard-coded ids.
 */
class TicketsIT extends AndesIT {

    private static final String TICKETS = "/api/v1/tickets";
    private static final String SUPPORT = "/api/v1/support/tickets/";

    TestTenant tenant;
    JsonObject erp;
    JsonObject payroll;

    @BeforeEach
    void tenantAndCategories() {
        tenant = TestTenants.create(api, "tk", "basico");
        JsonObject catalog = catalog(tenant.userToken());
        erp = supportLeaf(catalog, "erp");
        payroll = supportLeaf(catalog, "remuneraciones");
    }

    // 1. opening and finding tickets

    @Test
    void openedTicketIsReadableByItsNumberAndNumbersCountPerTenant() {
        JsonObject body = ticket(erp, "No cuadra el libro de compras")
                .add("description", "El libro de compras de marzo no cuadra con el registro del SII.")
                .add("contactPhone", "+56987654321")
                .build();
        Api.Reply opened = api.post(TICKETS, tenant.userToken(), body.toString());

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/api/v1/tickets/T-000001");
        JsonObject ticket = opened.json();
        assertThat(ticket.getString("status")).isEqualTo("NUEVO");
        assertThat(ticket.getJsonObject("category").get("id")).isEqualTo(erp.get("id"));
        assertThat(ticket.getJsonObject("category").getString("name")).isEqualTo(erp.getString("name"));
        assertThat(ticket.getJsonObject("category").getString("path")).isEqualTo(erp.getString("path"));
        assertThat(ticket.get("requester")).isNotNull().isNotEqualTo(JsonValue.NULL);
        assertThat(ticket.getString("createdAt")).isNotBlank();
        assertThat(ticket.getString("updatedAt")).isNotBlank();
        assertThat(ticket.getJsonArray("messages")).isEmpty();
        assertThat(ticket.getJsonArray("attachments")).isEmpty();
        assertThat(ticket.containsKey("similarOpen"))
                .as("opening does not look for duplicates")
                .isFalse();
        JsonObject read = read(tenant.userToken(), "T-000001");
        for (JsonObject seen : List.of(ticket, read)) {
            assertThat(seen.getString("number")).isEqualTo("T-000001");
            assertThat(seen.getString("subject")).isEqualTo("No cuadra el libro de compras");
            assertThat(seen.getString("description")).isEqualTo(body.getString("description"));
            assertThat(seen.getString("serviceCode")).isEqualTo("erp");
            assertThat(seen.getString("contactPhone")).isEqualTo("+56987654321");
        }
        assertThat(read.getJsonObject("category")).isEqualTo(ticket.getJsonObject("category"));

        assertThat(opened(tenant.adminToken(), payroll, "Liquidación de abril")).isEqualTo("T-000002");
        TestTenant other = TestTenants.create(api, "tk", "basico");
        assertThat(opened(other.userToken(), erp, "Primer ticket de otra empresa"))
                .isEqualTo("T-000001");
    }

    @Test
    void historyFiltersByStatusCategoryTextAndDatesNewestUpdateFirstInPages() {
        String token = tenant.adminToken();
        String invoice = opened(token, erp, "Factura rechazada por el SII", "Rechazo con código 345 en la factura.");
        String payslip =
                opened(token, payroll, "Liquidación con horas extra", "Las horas extra de abril salen en cero.");
        Api.Reply closed = api.post(TICKETS + "/" + invoice + "/closure", token, "");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        JsonObject all = history(token, "");
        assertThat(all.getInt("total")).isEqualTo(2);
        assertThat(numbers(all)).containsExactlyInAnyOrder(invoice, payslip);
        assertNewestUpdateFirst(all);
        assertThat(updatedAt(items(all).get(0))).isEqualTo(updatedAt(read(token, invoice)));
        JsonObject item = items(all).stream()
                .filter(i -> i.getString("number").equals(payslip))
                .findFirst()
                .orElseThrow();
        assertThat(item.getString("subject")).isEqualTo("Liquidación con horas extra");
        assertThat(item.getString("status")).isEqualTo("NUEVO");
        assertThat(item.getString("categoryName")).isEqualTo(payroll.getString("name"));
        assertThat(item.getString("createdAt")).isNotBlank();

        assertThat(numbers(history(token, "?status=CERRADO"))).containsExactly(invoice);
        assertThat(numbers(history(token, "?status=NUEVO"))).containsExactly(payslip);
        assertThat(numbers(history(token, "?categoryId=" + idParam(payroll)))).containsExactly(payslip);
        assertThat(numbers(history(token, "?q=horas"))).containsExactly(payslip);
        // case and accents do not matter: "LIQUIDACION" finds "Liquidación"
        assertThat(numbers(history(token, "?q=LIQUIDACION"))).containsExactly(payslip);
        assertThat(numbers(history(token, "?q=345"))).containsExactly(invoice);
        assertThat(numbers(history(token, "?q=" + payslip))).containsExactly(payslip);
        assertThat(numbers(history(token, "?status=NUEVO&categoryId=" + idParam(erp))))
                .isEmpty();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(history(token, "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                        .getInt("total"))
                .isEqualTo(2);
        assertThat(history(token, "?from=" + today.plusDays(2)).getInt("total")).isZero();
        assertThat(history(token, "?to=" + today.minusDays(2)).getInt("total")).isZero();

        JsonObject first = history(token, "?page=0&size=1");
        JsonObject second = history(token, "?page=1&size=1");
        assertThat(List.of(first.getInt("page"), first.getInt("size"), first.getInt("total")))
                .containsExactly(0, 1, 2);
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(Stream.concat(numbers(first).stream(), numbers(second).stream()))
                .containsExactlyInAnyOrder(invoice, payslip);
        JsonObject beyond = history(token, "?page=2&size=1");
        assertThat(items(beyond)).isEmpty();
        assertThat(beyond.getInt("total")).isEqualTo(2);
    }

    // 2. two tenants

    @Test
    void anotherTenantsTicketIsNotFoundOnEveryRouteAndNeverListed() {
        String victim = tenant.userToken();
        opened(victim, erp, "Ticket antiguo de la víctima");
        String open = opened(victim, erp, "Conciliación bancaria confidencial");
        String closed = opened(victim, payroll, "Finiquito confidencial");
        String attachment = uploadedId(victim, open, new Part("balance.png", TicketFiles.png()));
        assertThat(api.post(TICKETS + "/" + closed + "/closure", victim, "").status())
                .isEqualTo(200);
        TestTenant other = TestTenants.create(api, "tk", "basico");
        String intruder = other.adminToken();
        String own = opened(intruder, erp, "Consulta propia del intruso");

        List<Api.Reply> refused = List.of(
                api.get(TICKETS + "/" + open, intruder),
                reply(intruder, open, "Hola, soy otro cliente"),
                upload(intruder, open, new Part("intruso.png", TicketFiles.png())),
                api.get(TICKETS + "/" + open + "/attachments/" + attachment, intruder),
                api.get(TICKETS + "/" + own + "/attachments/" + attachment, intruder),
                api.post(TICKETS + "/" + open + "/closure", intruder, ""),
                api.post(TICKETS + "/" + closed + "/reopening", intruder, "{\"reason\":\"quiero verlo\"}"));

        assertThat(refused).allSatisfy(reply -> {
            assertProblem(reply, 404, "/problems/not-found");
            assertThat(reply.body()).doesNotContain("confidencial").doesNotContain(tenant.code());
        });
        assertThat(download(victim, open, attachment).status()).isEqualTo(200);
        assertThat(read(intruder, own).getString("subject")).isEqualTo("Consulta propia del intruso");
        assertThat(numbers(history(intruder, ""))).containsExactly(own);
        assertThat(history(intruder, "?q=confidencial").getInt("total")).isZero();
        assertThat(history(intruder, "?q=" + closed).getInt("total")).isZero();
        assertThat(history(intruder, "?status=CERRADO").getInt("total")).isZero();
        assertThat(history(intruder, "?categoryId=" + idParam(payroll)).getInt("total"))
                .isZero();
        assertThat(similarOpen(intruder, erp, "Conciliación bancaria confidencial"))
                .containsExactly(own);
        assertThat(catalog(intruder)).isEqualTo(catalog(victim));

        JsonObject untouched = read(victim, open);
        assertThat(untouched.getString("status")).isEqualTo("NUEVO");
        assertThat(untouched.getJsonArray("messages")).isEmpty();
        assertThat(untouched.getJsonArray("attachments")).hasSize(1);
        assertThat(read(victim, closed).getString("status")).isEqualTo("CERRADO");
        assertThat(history(victim, "").getInt("total")).isEqualTo(3);
    }

    // 3. bad input

    @Test
    void badTicketsAreRefusedNamingTheFieldAndNothingIsStored() {
        String token = tenant.userToken();
        opened(token, erp, "Ticket que ya existía");
        JsonObject branch = categories(catalog(token))
                .filter(c -> !c.getBoolean("leaf"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The catalog has no category with subcategories"));
        JsonValue unknownId = erp.get("id") instanceof JsonString
                ? Json.createValue("00000000-0000-4000-8000-00000000dead")
                : Json.createValue(987_654_321);
        List<BadTicket> cases = List.of(
                new BadTicket("sin asunto", ticket(erp, "x").remove("subject"), "subject"),
                new BadTicket("asunto en blanco", ticket(erp, "   "), "subject"),
                new BadTicket("asunto de 201", ticket(erp, "a".repeat(201)), "subject"),
                new BadTicket(
                        "descripción de 20001",
                        ticket(erp, "Largo").add("description", "d".repeat(20_001)),
                        "description"),
                new BadTicket("descripción en blanco", ticket(erp, "Vacío").add("description", " \n "), "description"),
                new BadTicket("categoría no hoja", ticket(branch, "Rama"), "categoryId"),
                new BadTicket("categoría desconocida", ticket(erp, "Nada").add("categoryId", unknownId), "categoryId"),
                new BadTicket(
                        "categoría de otro servicio", ticket(erp, "Mezcla").add("categoryId", payroll.get("id")), null),
                new BadTicket(
                        "teléfono no válido",
                        ticket(erp, "Fono").add("contactPhone", "llámame mañana"),
                        "contactPhone"));

        SoftAssertions softly = new SoftAssertions();
        for (BadTicket bad : cases) {
            Api.Reply reply = api.post(TICKETS, token, bad.body().build().toString());
            softly.assertThat(reply.status()).as(bad.what() + ": " + reply).isEqualTo(400);
            softly.assertThat(reply.contentType()).as(bad.what()).startsWith("application/problem+json");
            if (bad.field() != null) {
                softly.assertThat(fields(reply)).as(bad.what() + ": " + reply).contains(bad.field());
            }
        }
        Api.Reply malformed = api.post(TICKETS, token, "{\"subject\":");
        softly.assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        softly.assertThat(history(token, "").getInt("total"))
                .as("tickets stored")
                .isEqualTo(1);
        softly.assertAll();
    }

    @Test
    void markupInASubjectIsStoredVerbatimAndReturnedAsData() {
        String subject = "<script>alert('xss')</script> <b>Factura</b> & \"urgente\"";
        String description = "<img src=x onerror=alert(1)> en la pantalla de facturas";
        Api.Reply opened = api.post(
                TICKETS,
                tenant.userToken(),
                ticket(erp, subject).add("description", description).build().toString());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

        Api.Reply read = api.get(TICKETS + "/" + opened.json().getString("number"), tenant.userToken());

        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.json().getString("subject")).isEqualTo(subject);
        assertThat(read.json().getString("description")).isEqualTo(description);
        assertThat(read.body()).doesNotContain("&lt;").doesNotContain("&amp;");
        assertThat(items(history(tenant.userToken(), "")).get(0).getString("subject"))
                .isEqualTo(subject);
    }

    @Test
    void subjectOfTwoHundredAndDescriptionOfTwentyThousandCharactersAreAccepted() {
        Api.Reply opened = api.post(
                TICKETS,
                tenant.userToken(),
                ticket(erp, "s".repeat(200))
                        .add("description", "d".repeat(20_000))
                        .build()
                        .toString());

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().getString("subject")).hasSize(200);
        assertThat(opened.json().getString("description")).hasSize(20_000);
    }

    @Test
    void unknownNumberIsNotFound() {
        assertProblem(api.get(TICKETS + "/T-999999", tenant.userToken()), 404, "/problems/not-found");
    }

    // 4. attachments

    @Test
    void imagesAndPdfsAreStoredAndDownloadedByteForByteWithSafeHeaders() {
        String token = tenant.userToken();
        String number = opened(token, erp, "Capturas del error");
        List<Part> files = List.of(
                new Part("pantalla.png", TicketFiles.png()),
                new Part("foto.jpg", TicketFiles.jpeg()),
                new Part("boleta.pdf", TicketFiles.pdf()));
        List<String> types = List.of("image/png", "image/jpeg", "application/pdf");

        Api.Reply uploaded = upload(token, number, files.toArray(Part[]::new));

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        List<JsonObject> stored = uploaded.jsonArray().getValuesAs(JsonObject.class);
        assertThat(read(token, number).getJsonArray("attachments")).containsExactlyInAnyOrderElementsOf(stored);
        for (int i = 0; i < files.size(); i++) {
            Part file = files.get(i);
            JsonObject attachment = byName(stored, file.fileName());
            assertThat(attachment.getString("mediaType")).isEqualTo(types.get(i));
            assertThat(attachment.getInt("size")).isEqualTo(file.content().length);
            assertThat(attachment.getBoolean("image")).isEqualTo(types.get(i).startsWith("image/"));
            TicketFiles.Download download = download(token, number, attachment.getString("id"));
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(file.content());
            assertThat(download.header("Content-Type")).startsWith(types.get(i));
            assertThat(download.header("Content-Disposition")).startsWithIgnoringCase("attachment");
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void disguisedEmptyAndOversizedFilesAreRefusedAndNothingIsAttached() {
        String token = tenant.userToken();
        String number = opened(token, erp, "Archivos dudosos");

        assertProblem(
                upload(token, number, new Part("x.pdf", TicketFiles.png())), 415, "/problems/unsupported-media-type");
        assertProblem(
                upload(token, number, new Part("foto.jpg", TicketFiles.text("no soy una foto"))),
                415,
                "/problems/unsupported-media-type");
        assertProblem(upload(token, number, new Part("vacio.png", new byte[0])), 400, "/problems/validation");
        assertProblem(
                upload(token, number, new Part("enorme.png", TicketFiles.pngOfSize(TicketFiles.MAX_BYTES + 1))),
                413,
                "/problems/payload-too-large");

        assertThat(read(token, number).getJsonArray("attachments")).isEmpty();
    }

    @Test
    void fileOfExactlyTenMebibytesIsAccepted() {
        String token = tenant.userToken();
        String number = opened(token, erp, "Manual escaneado");

        Api.Reply uploaded =
                upload(token, number, new Part("manual.pdf", TicketFiles.pdfOfSize(TicketFiles.MAX_BYTES)));

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.jsonArray().getJsonObject(0).getInt("size")).isEqualTo(TicketFiles.MAX_BYTES);
    }

    @Test
    void directoriesInAFileNameAreStripped() {
        String token = tenant.userToken();
        String number = opened(token, erp, "Nombres raros");

        Api.Reply uploaded = upload(
                token,
                number,
                new Part("../../etc/passwd.png", TicketFiles.png()),
                // on the wire a backslash in a quoted file name is escaped (RFC 7578), as old browsers sent full paths
                new Part("C:\\\\Users\\\\ana\\\\captura.png", TicketFiles.png()));

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.jsonArray().getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("fileName"))
                .containsExactlyInAnyOrder("passwd.png", "captura.png");
    }

    @Test
    void eleventhFileOfATicketIsRefused() {
        String token = tenant.userToken();
        String number = opened(token, erp, "Muchos archivos");
        Part[] four = {png("a"), png("b"), pdf("c"), pdf("d")};
        Part[] six = {png("e"), png("f"), png("g"), pdf("h"), pdf("i"), pdf("j")};
        assertThat(upload(token, number, four).status()).isEqualTo(201);
        assertThat(upload(token, number, six).status()).isEqualTo(201);

        assertProblem(upload(token, number, png("k")), 409, "/problems/conflict");
        assertThat(read(token, number).getJsonArray("attachments")).hasSize(10);
    }

    // 5. conversation

    @Test
    void conversationMovesTheStatusAndInternalNotesStayWithStaff() {
        String token = tenant.userToken();
        String number = opened(token, erp, "No puedo cerrar el mes contable");
        String agent = TestTenants.staffToken(Roles.SUPPORT_AGENT);

        Api.Reply mine = reply(token, number, "Adjunto más detalles del cierre.");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
        assertThat(mine.json().getString("authorKind")).isEqualTo("REQUESTER");
        assertThat(mine.json().getString("body")).isEqualTo("Adjunto más detalles del cierre.");
        assertCreated(answer(agent, number, "Estamos revisando el cierre.", false, false));
        assertThat(status(token, number)).isEqualTo("ABIERTO");
        assertCreated(answer(agent, number, "Nota interna: revisar el período 03 en la base", true, false));
        assertThat(status(token, number)).isEqualTo("ABIERTO");
        assertCreated(
                answer(TestTenants.staffToken(Roles.PLATFORM_ADMIN), number, "¿Nos envía el balance?", false, true));
        assertThat(status(token, number)).isEqualTo("EN_ESPERA_CLIENTE");
        assertCreated(reply(token, number, "Envío el balance."));
        assertThat(status(token, number)).isEqualTo("ABIERTO");

        Api.Reply seen = api.get(TICKETS + "/" + number, token);
        assertThat(seen.body()).doesNotContain("Nota interna");
        List<JsonObject> messages = seen.json().getJsonArray("messages").getValuesAs(JsonObject.class);
        assertThat(messages)
                .extracting(m -> m.getString("authorKind"), m -> m.getString("body"))
                .containsExactly(
                        tuple("REQUESTER", "Adjunto más detalles del cierre."),
                        tuple("AGENT", "Estamos revisando el cierre."),
                        tuple("AGENT", "¿Nos envía el balance?"),
                        tuple("REQUESTER", "Envío el balance."));
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.getString("authorName")).isNotBlank();
            assertThat(m.getString("createdAt")).isNotBlank();
        });
    }

    @Test
    void solvedTicketReopensWithAReasonAndAClosedOneTakesNoReplies() {
        String token = tenant.userToken();
        String number = opened(token, erp, "Error al timbrar boletas");
        String agent = TestTenants.staffToken(Roles.SUPPORT_AGENT);
        assertCreated(answer(agent, number, "Corregimos el certificado.", false, false));

        Api.Reply solved = api.post(SUPPORT + tenant.code() + "/" + number + "/resolution", agent, "", reason());
        assertThat(solved.status()).as(solved.toString()).isEqualTo(200);
        assertThat(status(token, number)).isEqualTo("RESUELTO");
        assertProblem(reopen(token, number, "  "), 400, "/problems/validation");
        assertThat(status(token, number)).isEqualTo("RESUELTO");
        Api.Reply reopened = reopen(token, number, "Sigue fallando con las boletas exentas.");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().getString("status")).isEqualTo("ABIERTO");
        assertProblem(reopen(token, number, "Otra vez"), 409, "/problems/conflict");

        Api.Reply closed = api.post(TICKETS + "/" + number + "/closure", token, "");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CERRADO");
        String conversation = read(token, number).getJsonArray("messages").toString();
        assertProblem(reply(token, number, "Una cosa más"), 409, "/problems/conflict");
        assertThat(read(token, number).getJsonArray("messages")).hasToString(conversation);
    }

    @Test
    void afterTheWindowReopeningIsRefusedAndANewTicketContinuesTheOldOne() {
        String token = tenant.userToken();
        String number = opened(token, erp, "Folios rechazados por el SII");
        String agent = TestTenants.staffToken(Roles.SUPPORT_AGENT);
        Api.Reply solved = api.post(SUPPORT + tenant.code() + "/" + number + "/resolution", agent, "", reason());
        assertThat(solved.status()).as(solved.toString()).isEqualTo(200);
        String stillOpen = opened(token, payroll, "Liquidación de mayo");
        ItDatabase.ticketFinishedEarlier(
                tenant.code(), number, Duration.ofDays(30).minusMinutes(5));
        assertThat(reopen(token, number, "Volvió a pasar").status()).isEqualTo(200);
        assertThat(api.post(SUPPORT + tenant.code() + "/" + number + "/resolution", agent, "", reason())
                        .status())
                .isEqualTo(200);

        ItDatabase.ticketFinishedEarlier(
                tenant.code(), number, Duration.ofDays(30).plusMinutes(5));
        Api.Reply late = reopen(token, number, "Volvió a pasar otra vez");
        assertProblem(late, 409, "/problems/conflict");
        assertThat(late.json().getString("action")).isEqualTo("open-linked-ticket");
        assertThat(status(token, number)).isEqualTo("RESUELTO");

        TestTenant other = TestTenants.create(api, "tk", "basico");
        opened(other.userToken(), erp, "Otro tema");
        opened(other.userToken(), erp, "Otro tema más");
        String othersFinished = opened(other.userToken(), erp, "Un tercer tema");
        assertThat(othersFinished).as("a number the tenant has not used").isEqualTo("T-000003");
        assertThat(api.post(SUPPORT + other.code() + "/" + othersFinished + "/resolution", agent, "", reason())
                        .status())
                .isEqualTo(200);
        long before = history(token, "").getJsonNumber("total").longValue();
        for (String refused : List.of(stillOpen, othersFinished, "T-999999", "nada")) {
            Api.Reply reply = open(token, ticket(erp, "Sigue el problema").add("continues", refused));
            assertProblem(reply, 400, "/problems/validation");
            assertThat(fields(reply)).as(refused).containsExactly("continues");
        }
        assertThat(history(token, "").getJsonNumber("total").longValue()).isEqualTo(before);

        Api.Reply linked = open(token, ticket(erp, "Folios rechazados otra vez").add("continues", number));
        assertCreated(linked);
        String newNumber = linked.json().getString("number");
        assertThat(newNumber).isNotEqualTo(number);
        assertThat(read(token, newNumber).getString("continues")).isEqualTo(number);
        assertThat(read(token, number).get("continues")).isIn(null, JsonValue.NULL);
    }

    @Test
    void staffRoutesRefuseTenantAndAdvisorTokens() {
        String number = opened(tenant.userToken(), erp, "Consulta de permisos");
        String ticket = SUPPORT + tenant.code() + "/" + number;
        String answer = "{\"body\":\"Respuesta falsa\",\"internal\":false,\"waitForCustomer\":false}";

        for (String token : List.of(tenant.adminToken(), tenant.userToken(), TestTenants.staffToken(Roles.ADVISOR))) {
            assertProblem(api.post(ticket + "/answers", token, answer, reason()), 403, "/problems/forbidden");
            assertProblem(api.post(ticket + "/resolution", token, "", reason()), 403, "/problems/forbidden");
        }
        JsonObject untouched = read(tenant.userToken(), number);
        assertThat(untouched.getString("status")).isEqualTo("NUEVO");
        assertThat(untouched.getJsonArray("messages")).isEmpty();
    }

    // 6. duplicate warning, before opening

    @Test
    void openTicketInTheChosenCategoryIsOfferedBeforeOpening() {
        String token = tenant.userToken();
        String first = opened(token, erp, "No puedo emitir facturas electrónicas");
        opened(token, payroll, "Liquidación con horas extra");

        Api.Reply similar = api.get(similarPath(erp, "Cambio de clave del contador"), token);

        assertThat(similar.status()).as(similar.toString()).isEqualTo(200);
        assertThat(numbers(similar)).containsExactly(first);
        assertThat(similar.jsonArray().getJsonObject(0).getString("subject"))
                .isEqualTo("No puedo emitir facturas electrónicas");
        assertThat(similarOpen(token, erp, "")).containsExactly(first);
        assertThat(history(token, "").getInt("total"))
                .as("looking opens nothing")
                .isEqualTo(2);
    }

    @Test
    void nearIdenticalSubjectInAnotherCategoryIsOffered() {
        String token = tenant.userToken();
        String first = opened(token, erp, "No puedo emitir facturas electrónicas");
        String other = opened(token, erp, "Cambio de clave del contador");

        assertThat(similarOpen(token, payroll, "no puedo emitir factura electronica"))
                .containsExactly(first);
        assertThat(similarOpen(token, null, "No puedo emitir facturas electrónicas"))
                .containsExactly(first);
        assertThat(similarOpen(token, payroll, "Vacaciones proporcionales")).isEmpty();
        assertThat(similarOpen(token, erp, "Vacaciones proporcionales")).containsExactlyInAnyOrder(first, other);
    }

    @Test
    void closedTicketsAndOtherTenantsTicketsAreNotOffered() {
        String token = tenant.userToken();
        String first = opened(token, erp, "No puedo emitir facturas electrónicas");
        TestTenant other = TestTenants.create(api, "tk", "basico");
        assertThat(similarOpen(other.userToken(), erp, "No puedo emitir facturas electrónicas"))
                .isEmpty();
        assertThat(similarOpen(token, erp, "")).containsExactly(first);
        assertThat(api.post(TICKETS + "/" + first + "/closure", token, "").status())
                .isEqualTo(200);

        assertThat(similarOpen(token, erp, "No puedo emitir facturas electrónicas"))
                .isEmpty();
    }

    @Test
    void lookingForSimilarTicketsNeedsACategoryOrASubjectThatFits() {
        String token = tenant.userToken();
        opened(token, erp, "No puedo emitir facturas electrónicas");

        Map<String, String> refused = Map.of(
                "",
                "subject",
                "?subject=%20%20",
                "subject",
                "?subject=" + "x".repeat(201),
                "subject",
                "?categoryId=abc&subject=factura",
                "categoryId",
                "?categoryId=999999999",
                "categoryId");
        refused.forEach((query, field) -> {
            Api.Reply reply = api.get(TICKETS + "/similar-open" + query, token);
            assertProblem(reply, 400, "/problems/validation");
            assertThat(fields(reply)).as(query + " → " + reply).contains(field);
        });
        assertProblem(api.get(TICKETS + "/similar-open?subject=factura", null), 401, "/problems/unauthenticated");
        assertProblem(
                api.get(TICKETS + "/similar-open?subject=factura", TestTenants.staffToken(Roles.SUPPORT_AGENT)),
                403,
                "/problems/forbidden");
    }

    // the API, one call at a time

    private record BadTicket(String what, JsonObjectBuilder body, String field) {}

    private JsonObject catalog(String token) {
        Api.Reply reply = api.get("/api/v1/ticket-catalog", token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static Stream<JsonObject> categories(JsonObject catalog) {
        return catalog.getJsonArray("categories").getValuesAs(JsonObject.class).stream();
    }

    private static JsonObject supportLeaf(JsonObject catalog, String service) {
        return categories(catalog)
                .filter(c -> c.getBoolean("leaf")
                        && "SUPPORT".equals(c.getString("kind"))
                        && service.equals(c.getString("serviceCode")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No SUPPORT leaf category of " + service + " in " + catalog));
    }

    /** The category id as a query parameter, whether the API spells ids as numbers or as strings. */
    private static String idParam(JsonObject category) {
        JsonValue id = category.get("id");
        return id instanceof JsonString text ? text.getString() : id.toString();
    }

    private static JsonObjectBuilder ticket(JsonObject category, String subject) {
        return Json.createObjectBuilder()
                .add("serviceCode", category.getString("serviceCode"))
                .add("categoryId", category.get("id"))
                .add("subject", subject)
                .add("description", "Detalle: " + subject);
    }

    private Api.Reply open(String token, JsonObjectBuilder ticket) {
        return api.post(TICKETS, token, ticket.build().toString());
    }

    private String opened(String token, JsonObject category, String subject) {
        return opened(token, ticket(category, subject));
    }

    private String opened(String token, JsonObject category, String subject, String description) {
        return opened(token, ticket(category, subject).add("description", description));
    }

    private String opened(String token, JsonObjectBuilder ticket) {
        Api.Reply reply = open(token, ticket);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("number");
    }

    private JsonObject read(String token, String number) {
        Api.Reply reply = api.get(TICKETS + "/" + number, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private String status(String token, String number) {
        return read(token, number).getString("status");
    }

    private JsonObject history(String token, String query) {
        Api.Reply reply = api.get(TICKETS + query, token);
        assertThat(reply.status()).as(query + " → " + reply).isEqualTo(200);
        return reply.json();
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> numbers(JsonObject page) {
        return items(page).stream().map(i -> i.getString("number")).toList();
    }

    private static String similarPath(JsonObject category, String subject) {
        StringBuilder path = new StringBuilder(TICKETS + "/similar-open?subject=")
                .append(URLEncoder.encode(subject, StandardCharsets.UTF_8));
        if (category != null) {
            path.append("&categoryId=").append(idParam(category));
        }
        return path.toString();
    }

    private List<String> similarOpen(String token, JsonObject category, String subject) {
        Api.Reply reply = api.get(similarPath(category, subject), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return numbers(reply);
    }

    private static List<String> numbers(Api.Reply similar) {
        return similar.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("number"))
                .toList();
    }

    private static Instant updatedAt(JsonObject ticketOrItem) {
        return OffsetDateTime.parse(ticketOrItem.getString("updatedAt")).toInstant();
    }

    private static void assertNewestUpdateFirst(JsonObject page) {
        assertThat(items(page).stream().map(TicketsIT::updatedAt).toList())
                .as(page.toString())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    private Api.Reply reply(String token, String number, String body) {
        return api.post(
                TICKETS + "/" + number + "/replies",
                token,
                Json.createObjectBuilder().add("body", body).build().toString());
    }

    private Api.Reply reopen(String token, String number, String reason) {
        return api.post(
                TICKETS + "/" + number + "/reopening",
                token,
                Json.createObjectBuilder().add("reason", reason).build().toString());
    }

    private Api.Reply answer(String staff, String number, String body, boolean internal, boolean waitForCustomer) {
        JsonObject answer = Json.createObjectBuilder()
                .add("body", body)
                .add("internal", internal)
                .add("waitForCustomer", waitForCustomer)
                .build();
        return api.post(SUPPORT + tenant.code() + "/" + number + "/answers", staff, answer.toString(), reason());
    }

    /** Staff state why they act on a tenant's data; harmless where a route does not ask for it. */
    private static String[] reason() {
        return new String[] {"X-Access-Reason", "TicketsIT"};
    }

    private Api.Reply upload(String token, String number, Part... files) {
        return TicketFiles.upload(api, TICKETS + "/" + number + "/attachments", token, files);
    }

    private String uploadedId(String token, String number, Part file) {
        Api.Reply reply = upload(token, number, file);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.jsonArray().getJsonObject(0).getString("id");
    }

    private TicketFiles.Download download(String token, String number, String id) {
        return TicketFiles.download(api, TICKETS + "/" + number + "/attachments/" + id, token);
    }

    private static JsonObject byName(List<JsonObject> attachments, String fileName) {
        return attachments.stream()
                .filter(a -> a.getString("fileName").equals(fileName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No attachment named " + fileName + " in " + attachments));
    }

    private static Part png(String name) {
        return new Part(name + ".png", TicketFiles.png());
    }

    private static Part pdf(String name) {
        return new Part(name + ".pdf", TicketFiles.pdf());
    }

    private static List<String> fields(Api.Reply reply) {
        try {
            return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field"))
                    .toList();
        } catch (RuntimeException notAValidationProblem) {
            return List.of();
        }
    }

    private static void assertCreated(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
