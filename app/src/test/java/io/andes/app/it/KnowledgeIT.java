package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base and the news as the vendor's agents write them and tenants' users read them: audience (every
 * tenant or one), publish window, Spanish with English fallback, full-text suggestions from a half-typed sentence,
 * "¿Esto resolvió su problema?" counted for the vendor, bad input refused with nothing stored, and staff routes
 * closed to tenant roles.
 */
class KnowledgeIT extends AndesIT {

    private static final String ARTICLES = "/api/v1/knowledge/articles";
    private static final String NEWS_ADMIN = "/api/v1/knowledge/news";
    private static final String SOLUTIONS = "/api/v1/solutions";
    private static final String NEWS = "/api/v1/news";
    private static final String SEEDED_CERTIFICATE = "6a0c1f0e-0002-4c1a-9a51-0d0a6b1f0002";

    TestTenant tenant;
    TestTenant other;
    String agent;
    /** A made-up word that only this test's entries contain, so other tests' entries never interfere. */
    String marker;

    @BeforeEach
    void tenantsAndAgent() {
        tenant = TestTenants.create(api, "kb", "basico");
        other = TestTenants.create(api, "kb", "basico");
        agent = TestTenants.staffToken(Roles.SUPPORT_AGENT);
        marker = "zq"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36)
                        .replaceAll("[0-9]", "x");
    }

    @Test
    void staffArticleIsSuggestedFromAPartialSentenceAndReadable() {
        String id = created(
                ARTICLES,
                entry("Cómo conciliar la cartola bancaria " + marker)
                        .add(
                                "bodyEs",
                                "Para conciliar la cartola del banco importe el archivo del banco en Tesorería."));

        List<JsonObject> found = solutions(tenant.userToken(), "no puedo conciliar la cartola del " + marker, "es");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).getString("id")).isEqualTo(id);
        assertThat(found.get(0).getString("title")).isEqualTo("Cómo conciliar la cartola bancaria " + marker);
        assertThat(found.get(0).getString("excerpt")).startsWith("Para conciliar la cartola");

        JsonObject article = api.get(SOLUTIONS + "/" + id, tenant.adminToken()).json();
        assertThat(article.getString("body")).contains("Tesorería");
        assertThat(article.getString("language")).isEqualTo("es");

        List<JsonObject> seeded =
                solutions(tenant.userToken(), "me sale un error de certificado al emitir la factura", "es");
        assertThat(seeded).isNotEmpty();
        assertThat(seeded.get(0).getString("id")).isEqualTo(SEEDED_CERTIFICATE);
        assertThat(solutions(tenant.userToken(), "liquidacion de sueldo mal calculada", "es")
                        .get(0)
                        .getString("title"))
                .isEqualTo("Cómo reprocesar una liquidación de sueldo");
    }

    @Test
    void entryForOneTenantIsInvisibleToAnotherOnEveryRoute() {
        String id = created(
                ARTICLES, entry("Parámetros especiales de su empresa " + marker).add("audienceTenant", tenant.code()));
        String newsId =
                created(NEWS_ADMIN, entry("Mantención de su servidor " + marker).add("audienceTenant", tenant.code()));

        assertThat(ids(solutions(tenant.userToken(), "parametros especiales " + marker, "es")))
                .contains(id);
        assertThat(ids(news(tenant.userToken(), "es"))).contains(newsId);
        assertThat(api.get(SOLUTIONS + "/" + id, tenant.userToken()).status()).isEqualTo(200);

        assertThat(ids(solutions(other.userToken(), "parametros especiales " + marker, "es")))
                .doesNotContain(id);
        assertThat(ids(news(other.adminToken(), "es"))).doesNotContain(newsId);
        Problems.assertProblem(api.get(SOLUTIONS + "/" + id, other.userToken()), 404, "/problems/not-found");
        Problems.assertProblem(api.get(SOLUTIONS + "/" + newsId, tenant.userToken()), 404, "/problems/not-found");
        Problems.assertProblem(feedback(other.userToken(), id, true, "parametros"), 404, "/problems/not-found");
        assertThat(figures(id).getInt("answered")).isZero();

        JsonObject listed = api.get(ARTICLES + "?q=" + marker, agent).json();
        assertThat(listed.getInt("total")).isEqualTo(1);
        assertThat(listed.getJsonArray("items").getJsonObject(0).getString("audienceTenant"))
                .isEqualTo(tenant.code());
    }

    @Test
    void publishWindowDecidesWhatTenantsSee() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String future = created(
                ARTICLES,
                entry("Declaración jurada futura " + marker)
                        .add("publishedFrom", now.plus(Duration.ofDays(2)).toString()));
        String past = created(
                ARTICLES,
                entry("Declaración jurada pasada " + marker)
                        .add("publishedFrom", now.minus(Duration.ofDays(10)).toString())
                        .add("publishedUntil", now.minus(Duration.ofDays(1)).toString()));
        String later = created(
                NEWS_ADMIN,
                entry("Noticia futura " + marker)
                        .add("publishedFrom", now.plus(Duration.ofDays(2)).toString()));
        String draft =
                created(ARTICLES, entry("Declaración jurada borrador " + marker).addNull("publishedFrom"));

        String token = tenant.userToken();
        assertThat(solutions(token, "declaracion jurada " + marker, "es")).isEmpty();
        for (String hidden : List.of(future, past, draft)) {
            Problems.assertProblem(api.get(SOLUTIONS + "/" + hidden, token), 404, "/problems/not-found");
        }
        assertThat(ids(news(token, "es"))).doesNotContain(later);
        assertThat(staffEntry(ARTICLES, future).getBoolean("publishedNow")).isFalse();

        JsonObject stored = staffEntry(ARTICLES, future);
        JsonObject opened = entry("Declaración jurada futura " + marker)
                .add("publishedFrom", now.minus(Duration.ofHours(1)).toString())
                .add("version", stored.getJsonNumber("version").longValue())
                .build();
        Api.Reply updated = api.put(ARTICLES + "/" + future, agent, opened.toString());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getBoolean("publishedNow")).isTrue();
        assertThat(updated.json().getJsonNumber("version").longValue())
                .isGreaterThan(stored.getJsonNumber("version").longValue());
        assertThat(ids(solutions(token, "declaracion jurada " + marker, "es"))).containsExactly(future);

        Problems.assertProblem(api.put(ARTICLES + "/" + future, agent, opened.toString()), 409, "/problems/conflict");

        Api.Reply unpublished = api.post(ARTICLES + "/" + future + "/unpublishing", agent, "");
        assertThat(unpublished.status()).as(unpublished.toString()).isEqualTo(200);
        Problems.assertProblem(api.get(SOLUTIONS + "/" + future, token), 404, "/problems/not-found");
        assertThat(api.delete(ARTICLES + "/" + past, agent).status()).isEqualTo(204);
        Problems.assertProblem(api.get(ARTICLES + "/" + past, agent), 404, "/problems/not-found");
    }

    @Test
    void newsAreNewestFirstAndEnglishFallsBackToSpanish() {
        Instant now = Instant.now();
        String older = created(
                NEWS_ADMIN,
                entry("Noticia anterior " + marker)
                        .add("publishedFrom", now.minus(Duration.ofHours(3)).toString())
                        .add("titleEn", "Earlier news " + marker)
                        .add("bodyEn", "Earlier news in English."));
        String newer = created(
                NEWS_ADMIN,
                entry("Noticia reciente " + marker)
                        .add("publishedFrom", now.minus(Duration.ofHours(1)).toString()));

        List<String> order = ids(news(tenant.userToken(), "es"));
        assertThat(order).containsSubsequence(newer, older);
        List<JsonObject> english = news(tenant.userToken(), "en");
        JsonObject olderEn = byId(english, older);
        assertThat(olderEn.getString("title")).isEqualTo("Earlier news " + marker);
        assertThat(olderEn.getString("language")).isEqualTo("en");
        JsonObject newerEn = byId(english, newer);
        assertThat(newerEn.getString("title")).isEqualTo("Noticia reciente " + marker);
        assertThat(newerEn.getString("language")).isEqualTo("es");

        String bilingual = created(
                ARTICLES,
                entry("Cómo anular una nota de crédito " + marker)
                        .add("titleEn", "How to void a credit note " + marker)
                        .add("bodyEn", "Open the credit note and press Void."));
        JsonObject read = api.get(SOLUTIONS + "/" + bilingual, tenant.userToken(), "Accept-Language", "en")
                .json();
        assertThat(read.getString("title")).isEqualTo("How to void a credit note " + marker);
        assertThat(read.getString("body")).isEqualTo("Open the credit note and press Void.");
        assertThat(ids(solutions(tenant.userToken(), "cannot void credit note " + marker, "en")))
                .contains(bilingual);
        JsonObject seeded = api.get(
                        SOLUTIONS + "/6a0c1f0e-0004-4c1a-9a51-0d0a6b1f0004",
                        tenant.userToken(),
                        "Accept-Language",
                        "en")
                .json();
        assertThat(seeded.getString("title")).isEqualTo("Cómo recuperar el acceso a su usuario");
        assertThat(seeded.getString("language")).isEqualTo("es");
    }

    @Test
    void answersAreRecordedAndCountedForTheVendor() {
        String id = created(ARTICLES, entry("Cómo cambiar el logo de la boleta " + marker));

        Api.Reply yes = feedback(tenant.userToken(), id, true, "quiero cambiar el logo");
        assertThat(yes.status()).as(yes.toString()).isEqualTo(201);
        assertThat(yes.json().getString("articleId")).isEqualTo(id);
        assertThat(yes.json().getBoolean("resolved")).isTrue();
        assertThat(feedback(tenant.adminToken(), id, true, null).status()).isEqualTo(201);
        assertThat(feedback(other.userToken(), id, false, "<b>logo</b>").status())
                .isEqualTo(201);

        JsonObject counted = figures(id);
        assertThat(counted.getInt("answered")).isEqualTo(3);
        assertThat(counted.getInt("resolved")).isEqualTo(2);
        assertThat(counted.getInt("notResolved")).isEqualTo(1);
        JsonObject deflection = staffEntry(ARTICLES, id).getJsonObject("deflection");
        assertThat(deflection.getInt("answered")).isEqualTo(3);
        assertThat(deflection.getInt("resolved")).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsStored() {
        String future = Instant.now().plus(Duration.ofDays(1)).toString();
        String past = Instant.now().minus(Duration.ofDays(1)).toString();
        List<BadEntry> bad = List.of(
                new BadEntry(entry(null).add("bodyEs", "x"), "titleEs"),
                new BadEntry(entry("ab " + marker).add("titleEs", "ab"), "titleEs"),
                new BadEntry(entry("Sin cuerpo " + marker).add("bodyEs", "  "), "bodyEs"),
                new BadEntry(entry("Título largo " + marker).add("titleEs", "x".repeat(201)), "titleEs"),
                new BadEntry(
                        entry("Ventana al revés " + marker)
                                .add("publishedFrom", future)
                                .add("publishedUntil", past),
                        "publishedUntil"),
                new BadEntry(entry("Fecha mala " + marker).add("publishedFrom", "mañana"), "publishedFrom"),
                new BadEntry(
                        entry("Cliente inexistente " + marker).add("audienceTenant", "no-existe-" + marker),
                        "audienceTenant"),
                new BadEntry(
                        entry("Cliente mal escrito " + marker).add("audienceTenant", "Mal Código!"), "audienceTenant"),
                new BadEntry(entry("Servicio inexistente " + marker).add("serviceCode", "no-existe"), "serviceCode"),
                new BadEntry(
                        entry("Solo título en inglés " + marker).add("titleEn", "Only an English title"), "bodyEn"));
        SoftAssertions softly = new SoftAssertions();
        for (BadEntry entry : bad) {
            Api.Reply reply = api.post(ARTICLES, agent, entry.body().build().toString());
            softly.assertThat(reply.status()).as(entry.field() + " " + reply).isEqualTo(400);
            softly.assertThat(reply.contentType()).as(entry.field()).startsWith("application/problem+json");
            softly.assertThat(reply.body()).as(entry.field()).contains("\"field\":\"" + entry.field() + "\"");
        }
        softly.assertAll();
        assertThat(api.get(ARTICLES + "?q=" + marker, agent).json().getInt("total"))
                .isZero();

        String id = created(ARTICLES, entry("Artículo válido " + marker));
        Api.Reply noVersion = api.put(
                ARTICLES + "/" + id,
                agent,
                entry("Otro título " + marker).build().toString());
        Problems.assertProblem(noVersion, 400, "/problems/validation");
        assertThat(staffEntry(ARTICLES, id).getString("titleEs")).isEqualTo("Artículo válido " + marker);
        Problems.assertProblem(api.post(ARTICLES, agent, "{\"titleEs\":"), 400, "/problems/malformed-request");
        Problems.assertProblem(api.get(ARTICLES + "?size=500", agent), 400, "/problems/validation");
        Problems.assertProblem(api.get(ARTICLES + "/no-such-id", agent), 404, "/problems/not-found");
        Problems.assertProblem(api.get(NEWS_ADMIN + "/" + id, agent), 404, "/problems/not-found");

        String token = tenant.userToken();
        Problems.assertProblem(api.get(SOLUTIONS, token), 400, "/problems/validation");
        Problems.assertProblem(api.get(SOLUTIONS + "?q=" + "a".repeat(501), token), 400, "/problems/validation");
        assertThat(api.get(SOLUTIONS + "?q=de%20la", token).jsonArray()).isEmpty();
        Problems.assertProblem(api.post(SOLUTIONS + "/" + id + "/feedback", token, "{}"), 400, "/problems/validation");
        Problems.assertProblem(
                api.post(
                        SOLUTIONS + "/" + id + "/feedback",
                        token,
                        "{\"resolved\":true,\"query\":\"" + "a".repeat(501) + "\"}"),
                400,
                "/problems/validation");
        Problems.assertProblem(
                api.post(SOLUTIONS + "/" + id + "/feedback", token, "{\"resolved\":"),
                400,
                "/problems/malformed-request");
        assertThat(figures(id).getInt("answered")).isZero();
    }

    @Test
    void staffRoutesAreClosedToTenantRolesAndOtherStaff() {
        String id = created(ARTICLES, entry("Artículo del personal " + marker));
        String body = entry("Intento de un cliente " + marker).build().toString();
        for (String token :
                List.of(tenant.userToken(), tenant.adminToken(), TestTenants.staffToken(Roles.BILLING_STAFF))) {
            Problems.assertProblem(api.get(ARTICLES, token), 403, "/problems/forbidden");
            Problems.assertProblem(api.post(NEWS_ADMIN, token, body), 403, "/problems/forbidden");
            Problems.assertProblem(api.put(ARTICLES + "/" + id, token, body), 403, "/problems/forbidden");
            Problems.assertProblem(api.delete(ARTICLES + "/" + id, token), 403, "/problems/forbidden");
            Problems.assertProblem(api.get("/api/v1/knowledge/deflection", token), 403, "/problems/forbidden");
        }
        Problems.assertProblem(api.get(SOLUTIONS + "?q=factura", agent), 403, "/problems/forbidden");
        assertThat(api.get(ARTICLES + "?q=" + marker, TestTenants.staffToken(Roles.PLATFORM_ADMIN))
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
    }

    private record BadEntry(JsonObjectBuilder body, String field) {}

    private JsonObjectBuilder entry(String titleEs) {
        JsonObjectBuilder entry = Json.createObjectBuilder()
                .add("bodyEs", "Texto del artículo " + marker + ".")
                .add("publishedFrom", Instant.now().minus(Duration.ofMinutes(5)).toString());
        return titleEs == null ? entry : entry.add("titleEs", titleEs);
    }

    private String created(String route, JsonObjectBuilder entry) {
        Api.Reply created = api.post(route, agent, entry.build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("author")).isNotBlank();
        return created.json().getString("id");
    }

    private JsonObject staffEntry(String route, String id) {
        Api.Reply read = api.get(route + "/" + id, agent);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    private List<JsonObject> solutions(String token, String typed, String language) {
        Api.Reply found = api.get(
                SOLUTIONS + "?q=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8),
                token,
                "Accept-Language",
                language);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.jsonArray().getValuesAs(JsonObject.class);
    }

    private List<JsonObject> news(String token, String language) {
        Api.Reply found = api.get(NEWS, token, "Accept-Language", language);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.jsonArray().getValuesAs(JsonObject.class);
    }

    private Api.Reply feedback(String token, String id, boolean resolved, String query) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("resolved", resolved);
        body = query == null ? body.add("query", JsonValue.NULL) : body.add("query", query);
        return api.post(SOLUTIONS + "/" + id + "/feedback", token, body.build().toString());
    }

    /** The vendor's deflection line of one article; all zero when nobody answered on it. */
    private JsonObject figures(String id) {
        Api.Reply summary = api.get("/api/v1/knowledge/deflection", agent);
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        return summary.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("articleId").equals(id))
                .findFirst()
                .orElse(Json.createObjectBuilder()
                        .add("answered", 0)
                        .add("resolved", 0)
                        .add("notResolved", 0)
                        .build());
    }

    private static List<String> ids(List<JsonObject> items) {
        return items.stream().map(item -> item.getString("id")).toList();
    }

    private static JsonObject byId(List<JsonObject> items, String id) {
        return items.stream()
                .filter(i -> i.getString("id").equals(id))
                .findFirst()
                .orElseThrow();
    }
}
