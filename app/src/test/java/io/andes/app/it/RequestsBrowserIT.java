package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Nueva solicitud" in real headless Chromium: two items, one with a photo, sent together, found in Mis tickets. */
class RequestsBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";

    @Test
    void aUserBuildsARequestOfTwoItemsAndFindsBothTicketsInTheHistory() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        Path photo = Files.createTempFile("foto-", ".png");
        Files.write(photo, TicketFiles.png());
        try (Browser browser = Browser.start()) {
            browser.open(api.base() + "/portal/nueva-solicitud.xhtml");
            browser.signIn("usuario@cafe-montana.co", PASSWORD);
            browser.await(By.id("menu-requests"));
            browser.choose("new-request:service", "ERP y facturación electrónica");

            browser.click(Browser.treeLeaf("Error al emitir"));
            browser.awaitText(By.id("new-request:category-path"), "Error al emitir");
            browser.type(By.id("new-request:item-description"), "La boleta " + tag + " no se emite");
            browser.driver()
                    .findElement(By.cssSelector("#new-request input[type=file]"))
                    .sendKeys(photo.toString());
            browser.awaitText(
                    By.id("new-request:file-names"), photo.getFileName().toString());
            browser.click(By.id("new-request:add-item"));
            browser.awaitText(By.id("new-request:items"), "La boleta " + tag + " no se emite");
            assertThat(browser.await(By.id("new-request:items")).getText())
                    .contains(photo.getFileName().toString());

            browser.click(Browser.treeLeaf("Reportes"));
            browser.awaitText(By.id("new-request:category-path"), "Reportes");
            browser.type(By.id("new-request:item-description"), "El reporte " + tag + " sale vacío");
            browser.click(By.id("new-request:add-item"));
            browser.awaitText(By.id("new-request:items"), "El reporte " + tag + " sale vacío");

            browser.click(By.id("new-request:submit-request"));
            browser.awaitText(By.id("new-request:request-number"), "S-");
            String request = browser.await(By.id("new-request:request-number")).getText();
            List<String> tickets = browser.driver().findElements(By.cssSelector("a[id$='request-ticket']")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(tickets).hasSize(2).allSatisfy(number -> assertThat(number)
                    .startsWith("T-"));

            browser.open(api.base() + "/portal/tickets.xhtml");
            browser.awaitText(By.id("tickets:table"), tickets.get(0));
            String history = browser.await(By.id("tickets:table")).getText();
            assertThat(history).contains(tickets.get(1)).contains(request);
        } finally {
            Files.deleteIfExists(photo);
        }
    }
}
