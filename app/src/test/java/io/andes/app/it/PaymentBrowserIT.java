package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Paying a store order now in real headless Chromium, through the sandbox gateway (test tenants, {@code sbx-*}, pay
 * through it while the rest of the suite uses Stripe played by WireMock): a declined card says so and the order stays
 * pending with its quotas unchanged; paying again with the approved card activates it and raises the limits.
 */
class PaymentBrowserIT extends AndesIT {

    private static final String PASSWORD = "Clave-de-prueba-1";

    @Test
    void anAdministratorPaysAnOrderNowAfterADeclinedCardThenSavesACard() throws Exception {
        TestTenant tenant = TestTenants.create(api, "sbx", "basico");
        String email = "jefa@" + tenant.code() + ".cl";
        Api.Reply invited = api.post(
                "/api/v1/users",
                tenant.adminToken(),
                "{\"email\":\"%s\",\"firstName\":\"Javiera\",\"lastName\":\"Fuentes\",\"role\":\"tenant-admin\"}"
                        .formatted(email));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        KeycloakAdmin keycloak = new KeycloakAdmin(ItEnvironment.keycloak().issuer());
        keycloak.setPassword(keycloak.userByEmail(email).orElseThrow().getString("id"), PASSWORD);
        StoreCalls store = new StoreCalls(api);
        PaymentCalls payments = new PaymentCalls(api);

        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/tienda.xhtml");
            browser.signIn(email, PASSWORD);
            browser.awaitUrlContaining("/portal/");
            browser.open(api.base() + "/portal/tienda.xhtml");
            browser.click(By.cssSelector("div[data-product='extra-user'] button"));
            browser.awaitText(By.id("store:quote-lines"), "1 × Usuario adicional");
            browser.click(By.id("store:pay-now"));

            browser.awaitUrlContaining("pago-sandbox");
            browser.awaitText(By.id("sandbox-warning"), "SANDBOX");
            browser.type(By.id("sandbox:sandbox-card"), "4000 0000 0000 0002");
            browser.click(By.id("sandbox:sandbox-pay"));
            browser.awaitText(By.id("messages"), "rechazada");
            assertThat(payments.order(tenant.adminToken(), "O-000001").getString("status"))
                    .isEqualTo("PENDING_PAYMENT");
            assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(5);

            browser.open(api.base() + "/portal/tienda.xhtml");
            browser.awaitText(By.id("store:orders"), "Pendiente de pago");
            browser.click(By.cssSelector("[id$='pay-order']"));
            browser.awaitUrlContaining("pago-sandbox");
            browser.type(By.id("sandbox:sandbox-card"), "4242 4242 4242 4242");
            browser.click(By.id("sandbox:sandbox-pay"));
            browser.awaitText(By.id("messages"), "aprobado");

            browser.open(api.base() + "/portal/pagos.xhtml");
            browser.awaitText(By.id("payments:history"), "Pagado");
            assertThat(browser.await(By.id("payments:history")).getText()).contains("Rechazado");
            assertThat(browser.await(By.id("payments:purchases")).getText()).contains("Activada");
            assertThat(browser.pageText()).contains("SANDBOX");

            browser.click(By.id("payments:add-card"));
            browser.awaitUrlContaining("pago-sandbox");
            browser.type(By.id("sandbox:sandbox-card"), "4242 4242 4242 4242");
            browser.click(By.id("sandbox:sandbox-pay"));
            browser.awaitText(By.id("messages"), "guardada");
            browser.open(api.base() + "/portal/pagos.xhtml");
            browser.awaitText(By.id("card-on-file"), "Visa •••• 4242, vence 12/2030");
        }
        assertThat(payments.order(tenant.adminToken(), "O-000001").getString("status"))
                .isEqualTo("ACTIVATED");
        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(6);
        assertThat(payments.payments(tenant.adminToken()))
                .extracting(payment -> payment.getString("method"))
                .containsOnly("SANDBOX");
    }
}
