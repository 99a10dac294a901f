package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The knowledge base in real headless Chromium: news, possible solutions and similar open tickets before a ticket is
 * opened, the answer to "¿Esto resolvió su problema?", the article page, the ticket's "Posibles soluciones" tab, and
 * the console's editor.
 */
class KnowledgeBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String CERTIFICATE = "Error de certificado digital al emitir DTE";

    @Test
    void newsComeFirstSuggestionsFollowTheSubjectAndYesMeansNoTicket() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/nuevo-ticket.xhtml");
            browser.signIn("usuario@cafe-montana.co", PASSWORD);
            browser.awaitUrlContaining("/portal/");
            browser.open(api.base() + "/portal/nuevo-ticket.xhtml");
            browser.awaitText(By.id("news"), "Nuevo portal de soporte Andes");

            browser.type(By.id("new-ticket:subject"), "error de certificado al emitir");
            browser.awaitText(By.id("new-ticket:suggestions"), CERTIFICATE);
            assertThat(browser.await(By.id("new-ticket:suggestions")).getText())
                    .contains("¿Esto resolvió su problema?");
            browser.click(By.cssSelector("[id$='solved-yes']"));
            browser.awaitText(By.id("new-ticket:suggestions"), "No necesita abrir un ticket");
            assertThat(browser.driver().findElements(By.id("new-ticket:solved-back")))
                    .hasSize(1);

            browser.open(api.base() + "/portal/solucion.xhtml?id=6a0c1f0e-0002-4c1a-9a51-0d0a6b1f0002");
            browser.awaitText(By.id("solution-title"), CERTIFICATE);
            browser.click(By.id("solution-feedback:solved-no"));
            browser.awaitText(By.id("solution-feedback"), "Gracias por contarnos");

            browser.open(api.base() + "/portal/solucion.xhtml?id=no-existe");
            browser.await(By.id("solution-not-found"));

            String number = openedTicket("Error de certificado al firmar boletas");
            browser.open(api.base() + "/portal/ticket.xhtml?numero=" + number);
            browser.click(By.linkText("Posibles soluciones"));
            browser.awaitText(By.id("ticket-tabs:solutions"), CERTIFICATE);

            // before opening another ticket on it: the open one is offered, to add to it instead
            browser.open(api.base() + "/portal/nuevo-ticket.xhtml");
            browser.type(By.id("new-ticket:subject"), "error de certificado al firmar las boletas");
            browser.awaitText(By.id("new-ticket:similar-open"), number);
            assertThat(browser.await(By.id("new-ticket:similar-open")).getText())
                    .contains("Su empresa ya tiene tickets abiertos que parecen tratar lo mismo");
            browser.click(By.linkText(number));
            browser.awaitText(By.id("ticket-number"), number);
        }
    }

    @Test
    void anAgentWritesANewsDraftInTheConsole() throws Exception {
        String title = "Mantención programada "
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/");
            browser.signIn("soporte@andes.dev", PASSWORD);
            browser.awaitUrlContaining("/admin/");
            browser.click(By.id("menu-knowledge"));
            browser.awaitText(By.id("knowledge"), "Cómo reponer folios (CAF) agotados");

            browser.click(By.id("knowledge-news"));
            browser.awaitText(By.id("knowledge"), "Nuevo portal de soporte Andes");
            browser.click(By.id("knowledge-new"));
            browser.type(By.id("knowledge-edit:title-es"), title);
            browser.click(By.id("knowledge-edit:knowledge-save"));
            browser.awaitText(By.tagName("body"), "Revise los campos indicados.");

            browser.type(By.id("knowledge-edit:body-es"), "El sábado no habrá servicio entre 02:00 y 04:00.");
            browser.click(By.id("knowledge-edit:knowledge-save"));
            browser.awaitText(By.tagName("body"), "Entrada guardada.");
            browser.awaitText(By.id("knowledge-edit:entry-state"), "No publicado");

            browser.click(By.id("back-to-knowledge"));
            browser.awaitText(By.id("knowledge"), title);
        }
    }

    /** A ticket of the demo tenant cafe-montana, opened through the API by its demo user. */
    private String openedTicket(String subject) {
        String token = ItEnvironment.tokens()
                .token("usuario@cafe-montana.co", "cafe-montana", List.of(Roles.TENANT_USER), Duration.ofHours(1));
        JsonObject leaf = api
                .get("/api/v1/ticket-catalog", token)
                .json()
                .getJsonArray("categories")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getBoolean("leaf") && "SUPPORT".equals(c.getString("kind")))
                .findFirst()
                .orElseThrow();
        Api.Reply opened = api.post(
                "/api/v1/tickets",
                token,
                Json.createObjectBuilder()
                        .add("serviceCode", leaf.getString("serviceCode"))
                        .add("categoryId", leaf.get("id"))
                        .add("subject", subject)
                        .add("description", "No puedo firmar las boletas desde ayer.")
                        .build()
                        .toString());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().getString("number");
    }
}
