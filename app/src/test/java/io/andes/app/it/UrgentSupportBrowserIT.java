package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In real headless Chromium: an administrator buys "Soporte urgente" on a ticket's page and the ticket is urgent at
 * once; the account page lists the credit note billing staff granted for a claim, with the credit balance.
 */
class UrgentSupportBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String TENANT = "inmobiliaria-sur";

    @Test
    void anAdministratorBuysUrgentSupportOnTheTicketPageAndSeesItsCreditNotes() throws Exception {
        String token = ItEnvironment.tokens()
                .token("admin@" + TENANT + ".cl", TENANT, List.of(Roles.TENANT_ADMIN), Duration.ofHours(1));
        DeskFixture desk = new DeskFixture(api);
        String ticket = desk.open(token, "Caída del portal de arriendos");
        String claim = desk.openClaim(token, "Cobro duplicado de marzo");
        String note = new CreditCalls(api)
                .issued(TENANT, CreditCalls.undueCharge(claim, "12345"))
                .getString("number");

        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/ticket.xhtml?numero=" + ticket);
            browser.signIn("admin@" + TENANT + ".cl", PASSWORD);
            browser.awaitUrlContaining("/portal/");
            browser.open(api.base() + "/portal/ticket.xhtml?numero=" + ticket);
            browser.awaitText(By.id("urgent-form"), "Soporte urgente para este ticket");
            browser.click(By.id("urgent-form:urgent-buy-now")); // the demo company has no card on file
            browser.awaitText(By.id("messages"), "Mis tarjetas");
            browser.click(By.id("urgent-form:urgent-buy"));
            browser.awaitText(By.id("messages"), "Soporte urgente contratado");
            assertThat(browser.pageText()).doesNotContain("Contratar soporte urgente");

            browser.open(api.base() + "/portal/cuenta.xhtml");
            browser.awaitText(By.id("billing-credits"), note);
            assertThat(browser.await(By.id("billing-credits")).getText())
                    .contains("Cobro indebido", claim, "Saldo a favor");
        }
        assertThat(api.get(DeskFixture.TICKETS + "/" + ticket, token)
                        .json()
                        .getJsonObject("sla")
                        .getString("priority"))
                .isEqualTo("URGENT");
        assertThat(api.get("/api/v1/billing/urgent-support", token).json().getInt("total"))
                .isGreaterThanOrEqualTo(1);
    }
}
