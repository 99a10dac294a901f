package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The advisor channel in real headless Chromium, signed in through Keycloak with the demo accounts: the admin of
 * Inmobiliaria Sur sees her advisor and that this is not a support channel, asks for a demonstration; the demo advisor
 * (who has no ticket menu and gets the 403 page on the tickets) answers it with a quote from the console; the admin
 * accepts the quote in one click and finds its items in the store's cart, priced. And a support agent has no advisor menu and gets the 403 page on the advisor pages.
 */
class AdvisorBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String TENANT = "inmobiliaria-sur";

    @Test
    void anAdminAsksForADemoTheAdvisorAnswersWithAQuoteAndTheAdminAcceptsIt() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String number;
        try (Browser admin = Browser.start()) {
            admin.open(api.base() + "/portal/asesor.xhtml");
            admin.signIn("admin@inmobiliaria-sur.cl", PASSWORD);
            admin.awaitText(By.id("advisor-name"), "Felipe Morales");
            assertThat(admin.await(By.id("not-support")).getText()).contains("no es un canal de soporte");
            assertThat(admin.await(By.id("open-ticket")).getAttribute("href")).contains("nuevo-ticket.xhtml");

            admin.choose("request-form:advisor-type", "Demostración");
            admin.type(By.id("request-form:advisor-message"), "Queremos una demostración de bodegas " + tag);
            admin.type(By.id("request-form:advisor-contact"), "Mañanas");
            admin.click(By.id("request-form:send-request"));
            admin.awaitUrlContaining("solicitud-comercial.xhtml");
            number = admin.await(By.id("request-number")).getText();
            assertThat(number).startsWith("C-");

            try (Browser advisor = Browser.start()) {
                String page = api.base() + "/admin/solicitud-comercial.xhtml?cliente=" + TENANT + "&numero=" + number;
                advisor.open(page);
                advisor.signIn("asesor@andes.dev", PASSWORD);
                advisor.awaitUrlContaining("/admin/");
                advisor.open(page);
                advisor.awaitText(By.id("advisor-request"), "bodegas " + tag);
                assertThat(advisor.driver().findElements(By.id("menu-advisor"))).isNotEmpty();
                assertThat(advisor.driver().findElements(By.id("menu-tickets"))).isEmpty();
                assertThat(advisor.driver().findElements(By.id("menu-tenants"))).isEmpty();

                advisor.type(By.id("advisor-answer:answer"), "Le propongo una demo el jueves; adjunto cotización.");
                advisor.click(By.id("advisor-answer:send"));
                advisor.awaitText(By.id("advisor-request"), "Le propongo una demo el jueves");
                advisor.choose("quote-form:lines:0:product", "Usuarios adicionales");
                advisor.type(By.id("quote-form:lines:0:quantity_input"), "5");
                advisor.click(By.id("quote-form:send-quote"));
                advisor.awaitText(By.id("advisor-request"), "5 × Usuarios adicionales");

                advisor.open(api.base() + "/admin/tickets.xhtml");
                advisor.await(By.id("denied-title"));
                // the console's home, the directory of every tenant, is not an advisor's: it leads to the inbox
                advisor.open(api.base() + "/admin/index.xhtml");
                advisor.awaitUrlContaining("/admin/asesoria");
            }

            admin.open(api.base() + "/portal/solicitud-comercial.xhtml?numero=" + number);
            admin.awaitText(By.id("request-messages"), "Le propongo una demo el jueves");
            admin.awaitText(By.id("quotes"), "Usuarios adicionales");
            admin.click(By.id("quotes:quote-list:0:accept-quote"));
            // one click: accepted, and the quoted items are in the store's cart, priced for the rest of the period
            admin.awaitUrlContaining("/portal/tienda");
            admin.awaitText(By.id("messages"), "cotización de su asesor");
            admin.awaitText(By.id("store:quote-lines"), "5 × Usuario adicional");
        }
        String token = ItEnvironment.tokens()
                .token("admin@inmobiliaria-sur.cl", TENANT, List.of(Roles.TENANT_ADMIN), Duration.ofMinutes(5));
        JsonObject request =
                api.get(AdvisorFixture.REQUESTS + "/" + number, token).json();
        JsonObject quote = AdvisorFixture.lastQuote(request);
        assertThat(quote.getString("status")).isEqualTo("ACEPTADA");
        assertThat(quote.getString("acceptedBy")).isEqualTo("admin@inmobiliaria-sur.cl");
        assertThat(quote.getJsonArray("lines").getJsonObject(0).getString("product"))
                .isEqualTo("USERS");
    }

    @Test
    void aSupportAgentHasNoAdvisorMenuAndGetsTheDeniedPageOnTheAdvisorPages() throws Exception {
        try (Browser agent = Browser.start()) {
            agent.open(api.base() + "/admin/tickets.xhtml");
            agent.signIn("soporte@andes.dev", PASSWORD);
            agent.awaitUrlContaining("/admin/");
            agent.open(api.base() + "/admin/tickets.xhtml");
            agent.await(By.id("menu-tickets"));
            assertThat(agent.driver().findElements(By.id("menu-advisor"))).isEmpty();
            agent.open(api.base() + "/admin/asesoria.xhtml");
            agent.await(By.id("denied-title"));
            agent.open(api.base() + "/admin/solicitud-comercial.xhtml?cliente=" + TENANT + "&numero=C-000001");
            agent.await(By.id("denied-title"));
            assertThat(agent.pageText()).doesNotContain("C-000001");
        }
    }
}
