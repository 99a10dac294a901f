package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The catalog console and the portal in real headless Chromium: a platform admin adds a category with a required
 * choice field, and a tenant user at once opens a ticket there, fills the field and sees its value on the ticket.
 */
class CatalogBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";

    @Test
    void aCategoryAddedInTheConsoleAsksTheTenantForItsRequiredField() throws Exception {
        String admin = TestTenants.staffToken(Roles.PLATFORM_ADMIN);
        String service = "zz-b-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String serviceName = "Edificio " + service;
        Api.Reply created = api.post(
                "/api/v1/support/catalog/services",
                admin,
                "{\"code\":\"" + service + "\",\"nameEs\":\"" + serviceName + "\",\"nameEn\":\"Building\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        try {
            try (Browser browser = Browser.start()) {
                browser.open(api.base() + "/admin/catalogo.xhtml");
                browser.signIn("admin@andes.dev", PASSWORD);
                browser.awaitUrlContaining("/admin/");
                browser.open(api.base() + "/admin/catalogo.xhtml");
                new Select(browser.await(By.cssSelector("select[id$='categories:service']"))).selectByValue(service);
                browser.type(By.cssSelector("input[id$='categories:new-es']"), "Portería");
                browser.type(By.cssSelector("input[id$='categories:new-en']"), "Front desk");
                browser.click(By.cssSelector("button[id$='categories:add-category']"));
                browser.awaitText(By.cssSelector("[id$='categories:category-list']"), "Portería");

                browser.click(By.cssSelector("button[id$='category-list:0:choose']"));
                browser.type(By.cssSelector("input[id$='categories:field-key']"), "turno");
                browser.type(By.cssSelector("input[id$='categories:field-es']"), "Turno");
                browser.type(By.cssSelector("input[id$='categories:field-en']"), "Shift");
                new Select(browser.await(By.cssSelector("select[id$='categories:field-type']")))
                        .selectByValue("CHOICE");
                browser.type(By.cssSelector("textarea[id$='categories:field-options']"), "Mañana\nTarde\nNoche");
                browser.click(By.cssSelector("[id$='categories:field-required'] .ui-chkbox-box"));
                browser.click(By.cssSelector("button[id$='categories:add-field']"));
                browser.awaitText(By.cssSelector("[id$='categories:field-list']"), "turno");
                assertThat(browser.await(By.cssSelector("[id$='categories:field-list']"))
                                .getText())
                        .contains("CHOICE", "Mañana, Tarde, Noche");
            }

            try (Browser browser = Browser.start()) {
                browser.open(api.base() + "/portal/nuevo-ticket.xhtml");
                browser.signIn("usuario@cafe-montana.co", PASSWORD);
                browser.await(By.id("new-ticket:service"));
                browser.choose("new-ticket:service", serviceName);
                browser.click(Browser.treeLeaf("Portería"));
                browser.awaitText(By.id("new-ticket:category-path"), "Portería");
                new Select(browser.await(By.cssSelector("select.andes-field-turno"))).selectByValue("Tarde");
                browser.type(By.id("new-ticket:subject"), "La puerta de " + service + " no abre");
                browser.type(By.id("new-ticket:description"), "El lector de tarjetas no responde.");
                browser.click(By.id("new-ticket:submit"));

                browser.awaitText(By.cssSelector(".andes-ticket-field.andes-field-turno"), "Tarde");
                assertThat(browser.pageText()).contains("Turno").contains("La puerta de " + service + " no abre");
            }
        } finally {
            api.put(
                    "/api/v1/support/catalog/services/" + service,
                    admin,
                    "{\"nameEs\":\"Retirado\",\"nameEn\":\"Withdrawn\",\"active\":false}");
        }
    }
}
