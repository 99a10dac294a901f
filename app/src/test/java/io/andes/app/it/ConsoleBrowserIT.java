package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The agents' console in real headless Chromium, signed in through Keycloak as the demo support agent: a tenant's
 * ticket answered from the console reaches the tenant, an internal note never does, and the overview shows.
 */
class ConsoleBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";

    @Test
    void anAgentAnswersATicketFromTheConsoleAndLeavesAnInternalNote() throws Exception {
        TestTenant tenant = TestTenants.create(api, "consola", "empresa");
        String number = new DeskFixture(api).open(tenant.userToken(), "No puedo cerrar el mes");
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/admin/ticket.xhtml?cliente=" + tenant.code() + "&numero=" + number);
            browser.signIn("soporte@andes.dev", PASSWORD);
            browser.awaitUrlContaining("/admin/");
            browser.open(api.base() + "/admin/ticket.xhtml?cliente=" + tenant.code() + "&numero=" + number);
            browser.awaitText(By.id("desk-ticket-header"), "No puedo cerrar el mes");
            assertThat(browser.await(By.id("desk-tier")).getText()).contains("Cláusula 12 bis");

            browser.type(By.id("desk-answer:answer"), "Revise el período contable <b>abierto</b>.");
            browser.click(By.id("desk-answer:send"));
            browser.awaitText(By.id("desk-ticket"), "Revise el período contable <b>abierto</b>.");

            browser.click(By.cssSelector("label[for='desk-answer:kind:1']"));
            browser.type(By.id("desk-answer:answer"), "Nota: el cliente tiene dos períodos abiertos.");
            browser.click(By.id("desk-answer:send"));
            browser.awaitText(By.id("desk-ticket"), "Nota: el cliente tiene dos períodos abiertos.");

            browser.open(api.base() + "/admin/resumen.xhtml");
            browser.await(By.id("overview-open"));
        }
        JsonObject seen =
                api.get(DeskFixture.TICKETS + "/" + number, tenant.userToken()).json();
        assertThat(seen.getString("status")).isEqualTo("ABIERTO");
        assertThat(seen.getJsonArray("messages").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("body"))
                .containsExactly("Revise el período contable <b>abierto</b>.");
    }
}
