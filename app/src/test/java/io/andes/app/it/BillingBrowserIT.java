package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Cuenta y Facturación" in real headless Chromium: an administrator who bought two users and a DTE pack sees the
 * prorated lines in the next-invoice preview on the account page, and saves the billing data (a wrong RFC refused).
 */
class BillingBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String TENANT = "ferreteria-norte";

    @Test
    void anAdministratorSeesTheProratedLinesInThePreviewAndSavesTheBillingData() throws Exception {
        String token = ItEnvironment.tokens()
                .token("admin@" + TENANT + ".mx", TENANT, List.of(Roles.TENANT_ADMIN), Duration.ofHours(1));
        new StoreCalls(api).activated(token, "billing-browser-1", StoreCalls.TWO_USERS_AND_A_DTE_PACK);

        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/cuenta.xhtml");
            browser.signIn("admin@ferreteria-norte.mx", PASSWORD);
            browser.awaitUrlContaining("/portal/");
            browser.open(api.base() + "/portal/cuenta.xhtml");

            browser.awaitText(By.id("billing-next"), "Plan Empresa, período del");
            String preview = browser.await(By.id("billing-next")).getText();
            assertThat(preview)
                    .contains("1 × Pack de DTE")
                    .containsPattern("2 × Usuario adicional, \\d+/\\d+ días del");
            assertThat(browser.await(By.id("billing-next-total")).getText()).contains("$");

            browser.type(By.id("billing-data-form:billing-tax-id"), "NO-ES-RFC");
            browser.type(By.id("billing-data-form:billing-email"), "facturas@ferreteria-norte.mx");
            browser.click(By.id("billing-data-form:billing-data-save"));
            browser.awaitText(By.id("messages"), "no es válido");

            browser.type(By.id("billing-data-form:billing-tax-id"), "FNO010101AB1");
            browser.click(By.id("billing-data-form:billing-data-save"));
            browser.awaitText(By.id("messages"), "Datos de pago guardados");
        }
        Api.Reply saved = api.get("/api/v1/billing/billing-data", token);
        assertThat(saved.json().getString("taxId")).isEqualTo("FNO010101AB1");
        assertThat(saved.json().getString("email")).isEqualTo("facturas@ferreteria-norte.mx");
    }
}
