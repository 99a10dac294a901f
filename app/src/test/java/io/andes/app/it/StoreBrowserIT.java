package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The store page in real headless Chromium: a tenant-admin adds two users and a DTE pack to the cart, sees the live
 * quote, activates and sees the new limits at once on the page and through the API.
 */
class StoreBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String TENANT = "cafe-montana";

    @Test
    void anAdministratorAddsTwoUsersAndADtePackActivatesAndSeesTheNewLimits() throws Exception {
        StoreCalls store = new StoreCalls(api);
        String token = ItEnvironment.tokens()
                .token("admin@" + TENANT + ".co", TENANT, List.of(Roles.TENANT_ADMIN), Duration.ofHours(1));
        int users = store.limit(token, "USERS");
        int documents = store.limit(token, "DTE_DOCUMENTS");

        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/tienda.xhtml");
            browser.signIn("admin@cafe-montana.co", PASSWORD);
            browser.awaitUrlContaining("/portal/");
            browser.open(api.base() + "/portal/tienda.xhtml");
            browser.awaitText(By.id("store-products"), "Usuario adicional");

            browser.click(By.cssSelector("div[data-product='extra-user'] button"));
            browser.awaitText(By.id("store:quote-lines"), "1 × Usuario adicional");
            browser.click(By.cssSelector("div[data-product='extra-user'] button"));
            browser.awaitText(By.id("store:quote-lines"), "2 × Usuario adicional");
            browser.click(By.cssSelector("div[data-product='dte-pack'] button"));
            browser.awaitText(By.id("store:quote-lines"), "1 × Pack de DTE");
            assertThat(browser.await(By.id("store:quote-lines")).getText()).contains("días del");
            assertThat(browser.await(By.id("prorated-total")).getText()).contains("$");

            browser.click(By.id("store:activate"));
            browser.click(By.id("store:confirm-yes"));
            browser.awaitText(By.id("messages"), "activada");
            browser.awaitText(By.id("limit-USERS"), "de " + (users + 2));
            browser.awaitText(By.id("limit-DTE_DOCUMENTS"), "de " + (documents + 100));
            assertThat(browser.await(By.id("store:orders")).getText()).contains("Activada");
        }

        assertThat(store.limit(token, "USERS")).isEqualTo(users + 2);
        assertThat(store.limit(token, "DTE_DOCUMENTS")).isEqualTo(documents + 100);
    }
}
