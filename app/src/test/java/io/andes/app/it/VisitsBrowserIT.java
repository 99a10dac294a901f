package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages of visits, meetings and integrations in real headless Chromium: a tenant's ticket shows its visits and
 * meetings in its own tabs, in the tenant's clock, with a safe meeting link; staff record a visit's outcome on the
 * console page; a tenant-admin creates a webhook on Integraciones and sees its secret only once, and turns SMS on.
 */
class VisitsBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String TENANT = "ferreteria-norte";

    @Test
    void theTicketShowsItsVisitsAndMeetingsAndStaffRecordTheOutcome() throws Exception {
        TicketCalls calls = new TicketCalls(api);
        String number = calls.open(token(Roles.TENANT_USER), "Terminal punto de venta apagada", null);
        String desk = "/api/v1/support/tickets/" + TENANT + "/" + number;
        Api.Reply visit = api.post(
                desk + "/visits",
                calls.agent,
                """
                {"equipmentOn":true,"restarted":true,"remoteResult":"Sin respuesta tras reinicio",
                 "scheduledAt":"2026-12-03T10:00:00-06:00","technician":"Luz Ramírez","address":"Av. Juárez 10"}""");
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
        String folio = visit.json().getString("folio");
        Api.Reply meeting = api.post(
                desk + "/meetings",
                calls.agent,
                """
                {"startsAt":"2026-12-04T09:30:00-06:00","durationMinutes":45,
                 "link":"https://meet.example.com/pos-42","topic":"Revisión <i>remota</i>"}""");
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);

        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/ticket.xhtml?numero=" + number);
            browser.signIn("admin@ferreteria-norte.mx", PASSWORD);
            browser.awaitUrlContaining("/portal/");
            browser.open(api.base() + "/portal/ticket.xhtml?numero=" + number);
            browser.await(By.id("ticket-number"));
            browser.click(By.linkText("Servicios"));
            browser.awaitText(By.id("ticket-tabs:visits"), folio);
            assertThat(browser.await(By.id("ticket-tabs:visits")).getText())
                    .contains("10:00")
                    .contains("Luz Ramírez")
                    .contains("Agendada");
            browser.click(By.linkText("Reuniones"));
            browser.awaitText(By.id("ticket-tabs:meeting-list"), "Revisión <i>remota</i>");
            WebElement link = browser.await(By.cssSelector("a[id$='meeting-link']"));
            assertThat(link.getAttribute("href")).startsWith("https://meet.example.com/");
            assertThat(link.getAttribute("rel")).contains("noopener");
            assertThat(link.getAttribute("target")).isEqualTo("_blank");
            assertThat(browser.await(By.id("ticket-tabs:meeting-list")).getText())
                    .contains("09:30");
            assertThat(browser.driver().findElements(By.cssSelector("#ticket-tabs i")))
                    .isEmpty();
        }

        try (Browser browser = Browser.start()) {
            String page = api.base() + "/admin/visitas.xhtml?cliente=" + TENANT + "&numero=" + number;
            browser.open(page);
            browser.signIn("soporte@andes.dev", PASSWORD);
            browser.awaitUrlContaining("/admin/");
            browser.open(page);
            browser.awaitText(By.id("visit-list"), folio);
            browser.type(By.id("outcome-form:outcome-text"), "Se reemplazó la fuente de poder.");
            browser.click(By.id("outcome-form:outcome-submit"));
            browser.awaitText(By.id("visit-list"), "Realizada");
            assertThat(browser.await(By.id("visit-list")).getText()).contains("Se reemplazó la fuente de poder.");

            browser.click(By.id("visit-form:visit-submit"));
            browser.awaitText(By.id("messages"), "revisión remota");
        }
        Api.Reply visits = api.get("/api/v1/tickets/" + number + "/visits", token(Roles.TENANT_USER));
        assertThat(visits.jsonArray()).hasSize(1);
        assertThat(visits.jsonArray().getJsonObject(0).getString("status")).isEqualTo("DONE");
    }

    @Test
    void aTenantAdminCreatesAWebhookSeesTheSecretOnceAndTurnsSmsOn() throws Exception {
        String url = "http://127.0.0.1:9/andes-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/");
            browser.signIn("admin@ferreteria-norte.mx", PASSWORD);
            browser.click(By.id("menu-integrations"));
            browser.awaitUrlContaining("/portal/integraciones.xhtml");

            browser.type(By.id("webhook-form:webhook-url"), url);
            browser.click(By.id("webhook-form:webhook-create"));
            browser.awaitText(By.id("webhook-form:webhook-secret"), "whsec_");
            String secret =
                    browser.await(By.id("webhook-form:webhook-secret-value")).getText();
            assertThat(secret).matches("whsec_[0-9a-f]{64}");
            browser.awaitText(By.id("webhooks-form:webhooks"), url);

            browser.open(api.base() + "/portal/integraciones.xhtml");
            browser.awaitText(By.id("webhooks-form:webhooks"), url);
            assertThat(browser.pageText()).doesNotContain(secret);

            browser.click(By.cssSelector(".ui-toggleswitch"));
            browser.click(By.id("sms-form:sms-save"));
            browser.awaitText(By.id("messages"), "SMS");
        }
        String admin = token(Roles.TENANT_ADMIN);
        assertThat(api.get("/api/v1/settings/notifications", admin).json().getBoolean("sms"))
                .isTrue();
        List<String> ids = api.get("/api/v1/webhooks", admin).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("url").equals(url))
                .map(w -> w.getString("id"))
                .toList();
        assertThat(ids).hasSize(1);
        assertThat(api.delete("/api/v1/webhooks/" + ids.get(0), admin).status()).isEqualTo(204);
        assertThat(api.put("/api/v1/settings/notifications", admin, "{\"sms\":false}")
                        .status())
                .isEqualTo(200);
    }

    private static String token(String role) {
        return ItEnvironment.tokens()
                .token(role + "-navegador@ferreteria-norte.mx", TENANT, List.of(role), Duration.ofHours(1));
    }
}
