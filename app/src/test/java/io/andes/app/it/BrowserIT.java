package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The portal and the console in real headless Chromium, through the real Keycloak login page: who lands where, what
 * "Mi cuenta" shows, who is refused, that logout ends the Keycloak session, and that an invitation mail goes out.
 */
class BrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";

    @Test
    void tenantUserLogsInAndMiCuentaShowsTheirTenant() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/cuenta.xhtml");
            browser.signIn("usuario@cafe-montana.co", PASSWORD);
            browser.awaitUrlContaining("/portal/");
            browser.open(api.base() + "/portal/cuenta.xhtml");

            browser.awaitText(By.id("account-tenant"), "Café Montaña S.A.S.");
            assertThat(browser.await(By.id("tenant-name")).getText()).contains("Café Montaña");
            assertThat(browser.pageText()).doesNotContain("Inmobiliaria Sur");
            assertThat(browser.await(By.id("quota-USERS")).getText()).contains("2");
            assertThat(browser.driver().findElements(By.id("menu-users"))).isEmpty();
        }
    }

    @Test
    void staffLandInTheConsoleAndFindTenantsByNameOrTaxId() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/");
            browser.signIn("soporte@andes.dev", PASSWORD);
            browser.awaitUrlContaining("/admin/");
            browser.type(By.id("tenant-search"), "montaña");
            browser.click(By.id("tenant-search-submit"));
            browser.awaitText(By.id("tenants"), "cafe-montana");
            assertThat(browser.await(By.id("tenants")).getText()).doesNotContain("inmobiliaria-sur");

            // a RUT typed the way people write it, with dots
            browser.type(By.id("tenant-search"), "76.086.428-5");
            browser.click(By.id("tenant-search-submit"));
            browser.awaitText(By.id("tenants"), "inmobiliaria-sur");
            assertThat(browser.await(By.id("tenants")).getText()).doesNotContain("cafe-montana");
        }
    }

    @Test
    void aTenantUserGetsTheForbiddenPageOnTheConsole() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/");
            browser.signIn("usuario@inmobiliaria-sur.cl", PASSWORD);
            browser.awaitUrlContaining("/portal/");
            browser.open(api.base() + "/admin/");
            browser.awaitText(By.tagName("body"), "permiso");
            assertThat(browser.pageText()).doesNotContain("cafe-montana");
        }
    }

    @Test
    void logoutEndsTheKeycloakSession() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/");
            browser.signIn("admin@ferreteria-norte.mx", PASSWORD);
            browser.await(By.id("logout"));
            browser.click(By.id("logout"));
            browser.await(By.id("kc-login"));

            browser.open(api.base() + "/portal/cuenta.xhtml");
            browser.await(By.id("kc-login"));
            assertThat(browser.showsLoginPage()).isTrue();
        }
    }

    @Test
    void aTenantAdminInvitesAUserAndTheMailArrives() throws Exception {
        String email = "invitada-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36) + "@inmobiliaria-sur.cl";
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/");
            browser.signIn("admin@inmobiliaria-sur.cl", PASSWORD);
            browser.click(By.id("menu-users"));
            browser.type(By.cssSelector("[id$='invite-email']"), email);
            browser.type(By.cssSelector("[id$='invite-first-name']"), "Josefa");
            browser.type(By.cssSelector("[id$='invite-last-name']"), "Muñoz");
            browser.click(By.cssSelector("[id$='invite-submit']"));
            browser.awaitText(By.tagName("body"), email);
        }
        var mail = ItEnvironment.mail().awaitMessageTo(email, Duration.ofSeconds(30));
        assertThat(mail.text()).contains("http");
    }

    @Test
    void staffOnboardATenantWhoseAdminIsInvitedThenSuspendItAndItsUsersSeeTheSuspendedPage() throws Exception {
        String code = "browser-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String adminEmail = "jefa@" + code + ".cl";
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/admin/nuevo-cliente.xhtml");
            browser.signIn("admin@andes.dev", PASSWORD);
            browser.type(By.cssSelector("[id$='tenant-code']"), code);
            browser.type(By.cssSelector("[id$='tenant-name']"), "Constructora " + code + " SpA");
            browser.type(By.cssSelector("[id$='tenant-tax-id']"), "12.345.678-9");
            browser.type(By.cssSelector("[id$='admin-email']"), adminEmail);
            browser.type(By.cssSelector("[id$='admin-first-name']"), "Javiera");
            browser.type(By.cssSelector("[id$='admin-last-name']"), "Fuentes");
            browser.click(By.cssSelector("[id$='tenant-submit']"));
            // a wrong RUT check digit is refused on the form, nothing is created
            browser.awaitText(By.tagName("body"), "RUT");
            assertThat(browser.url()).contains("nuevo-cliente");
            assertThat(api.get("/api/v1/tenants/" + code, TestTenants.staffToken("platform-admin"))
                            .status())
                    .isEqualTo(404);

            browser.type(By.cssSelector("[id$='tenant-tax-id']"), TestTenants.randomRut());
            browser.click(By.cssSelector("[id$='tenant-submit']"));
            browser.awaitUrlContaining("/admin/tenant.xhtml");
            browser.awaitText(By.id("tenant-title"), "Constructora " + code);
            browser.awaitText(By.id("users-form:users"), adminEmail);

            browser.click(By.cssSelector("[id$='suspend-button']"));
            browser.type(By.cssSelector("[id$='status-reason']"), "factura vencida de prueba");
            browser.click(By.cssSelector("[id$='status-confirm']"));
            browser.awaitText(By.id("status-tag"), "Suspendid");
            browser.awaitText(By.id("audit-form:audit"), "tenant.suspended");
        }
        ItEnvironment.mail().awaitMessageTo(adminEmail, Duration.ofSeconds(30));

        KeycloakAdmin keycloak = new KeycloakAdmin(ItEnvironment.keycloak().issuer());
        String account = keycloak.userByEmail(adminEmail).orElseThrow().getString("id");
        keycloak.setPassword(account, "Clave-de-prueba-1");
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/cuenta.xhtml");
            browser.signIn(adminEmail, "Clave-de-prueba-1");
            browser.awaitUrlContaining("cuenta-suspendida");
            browser.awaitText(By.tagName("body"), "suspendida");
        }
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/cuenta.xhtml");
            browser.signIn("admin@cafe-montana.co", PASSWORD);
            browser.awaitText(By.id("logout"), "Cerrar sesión");
            browser.click(By.id("lang-en"));
            browser.awaitText(By.id("logout"), "Sign out");
            browser.open(api.base() + "/portal/usuarios.xhtml");
            browser.awaitText(By.id("logout"), "Sign out");
            browser.click(By.id("lang-es"));
            browser.awaitText(By.id("logout"), "Cerrar sesión");
        }
    }

    @Test
    void aUserOpensATicketWithAPhotoAnAgentAnswersTheUserReopensItAndAfterTheWindowContinuesItInANewOne()
            throws Exception {
        String subject = "Impresora fiscal no responde "
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        Path photo = Files.createTempFile("foto-", ".png");
        Files.write(photo, TicketFiles.png());
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/nuevo-ticket.xhtml");
            browser.signIn("usuario@cafe-montana.co", PASSWORD);
            browser.choose("new-ticket:service", "ERP y facturación electrónica");
            browser.click(Browser.treeLeaf("Error al emitir"));
            browser.awaitText(By.id("new-ticket:category-path"), "Error al emitir");
            browser.type(By.id("new-ticket:subject"), subject);
            browser.type(By.id("new-ticket:description"), "Desde ayer no imprime las boletas.");
            browser.driver()
                    .findElement(By.cssSelector("#new-ticket input[type=file]"))
                    .sendKeys(photo.toString());
            browser.awaitText(
                    By.id("new-ticket:file-names"), photo.getFileName().toString());
            browser.click(By.id("new-ticket:submit"));

            browser.awaitUrlContaining("/portal/ticket.xhtml");
            String number = browser.await(By.id("ticket-number")).getText();
            assertThat(number).startsWith("T-");
            assertThat(browser.driver().findElements(By.cssSelector("img.andes-thumbnail")))
                    .hasSize(1);

            browser.open(api.base() + "/portal/tickets.xhtml");
            browser.awaitText(By.id("tickets:table"), subject);

            String agent = TestTenants.staffToken("support-agent");
            String desk = "/api/v1/support/tickets/cafe-montana/" + number;
            assertThat(api.post(desk + "/answers", agent, "{\"body\":\"Reinstalamos el driver.\"}")
                            .status())
                    .isEqualTo(201);
            assertThat(api.post(desk + "/resolution", agent, "").status()).isEqualTo(200);

            browser.open(api.base() + "/portal/ticket.xhtml?numero=" + number);
            browser.awaitText(By.tagName("body"), "Reinstalamos el driver.");
            browser.type(By.id("reopen-form:reopen-reason"), "Volvió a fallar esta mañana.");
            browser.click(By.id("reopen-form:reopen-submit"));
            browser.awaitText(By.id("ticket-status"), "Abierto");

            assertThat(api.post(desk + "/resolution", agent, "").status()).isEqualTo(200);
            ItDatabase.ticketFinishedEarlier("cafe-montana", number, Duration.ofDays(31));
            browser.open(api.base() + "/portal/ticket.xhtml?numero=" + number);
            browser.awaitText(By.id("ticket-status"), "Resuelto");
            browser.type(By.id("reopen-form:reopen-reason"), "Otra vez el mismo error.");
            browser.click(By.id("reopen-form:reopen-submit"));
            browser.awaitText(By.tagName("body"), "ya no se puede reabrir");
            browser.awaitText(By.id("ticket-status"), "Resuelto");
            browser.click(By.id("reopen-form:reopen-new-ticket"));

            browser.awaitUrlContaining("continua=" + number);
            browser.awaitText(By.id("continues-notice"), number);
            browser.choose("new-ticket:service", "ERP y facturación electrónica");
            browser.click(Browser.treeLeaf("Error al emitir"));
            browser.awaitText(By.id("new-ticket:category-path"), "Error al emitir");
            browser.type(By.id("new-ticket:subject"), "Sigue sin imprimir " + subject);
            browser.type(By.id("new-ticket:description"), "El mismo problema del mes pasado.");
            browser.click(By.id("new-ticket:submit"));
            browser.awaitUrlContaining("/portal/ticket.xhtml");
            browser.awaitText(By.id("ticket-continues"), number);
            assertThat(browser.await(By.id("ticket-number")).getText()).isNotEqualTo(number);
        } finally {
            Files.deleteIfExists(photo);
        }
    }
}
