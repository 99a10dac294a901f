package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * The money of the staff console in real headless Chromium, signed in through Keycloak as the demo billing staff: on
 * an invoice's page a partial bank transfer lowers what is owed, an overpayment is refused with a clear message and a
 * service-failure credit note with its outage dates is listed; from a cancellation ticket the "Liquidación de término"
 * previews the settlement, executes it once (the tenant shown cancelled) and refuses a second execution clearly.
 */
class ConsoleMoneyBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String STAFF = "facturacion@andes.dev";

    @Test
    void billingStaffRecordAPartialTransferAreRefusedAnOverpaymentAndCreditAServiceFailure() throws Exception {
        TestTenant tenant = TestTenants.create(api, "consola-dinero", "basico"); // CLP, America/Santiago
        JsonObject invoice = new BillingCalls(api).renewed(tenant.code(), tenant.adminToken());
        String number = invoice.getString("number");
        BigDecimal total = StoreCalls.amount(invoice, "total");
        BigDecimal part = new BigDecimal("10000");
        String claim = new DeskFixture(api).openClaim(tenant.userToken(), "Dos días sin servicio");
        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));

        try (Browser browser = Browser.start()) {
            browser.openConsoleAs(
                    api.base() + "/admin/factura.xhtml?cliente=" + tenant.code() + "&numero=" + number,
                    STAFF,
                    PASSWORD);
            browser.awaitText(By.id("money-owed"), pesos(total));
            browser.awaitText(By.id("money-payments"), "no ha recibido pagos");

            browser.type(By.id("transfer-form:amount"), "10000.5");
            browser.type(By.id("transfer-form:reference"), "TRX-CONSOLA-1");
            browser.click(By.id("transfer-form:record"));
            browser.awaitText(By.id("messages"), "0 decimales en CLP");
            browser.type(By.id("transfer-form:amount"), part.toPlainString());
            browser.type(By.id("transfer-form:received-on"), today.minusDays(1).toString());
            browser.click(By.id("transfer-form:record"));
            browser.awaitText(By.id("messages"), "Transferencia de " + pesos(part) + " registrada");
            browser.awaitText(By.id("money-owed"), pesos(total.subtract(part)));
            assertThat(browser.await(By.id("money-payments")).getText())
                    .contains("TRX-CONSOLA-1", "Transferencia", pesos(part), STAFF);

            browser.type(By.id("transfer-form:amount"), total.toPlainString());
            browser.type(By.id("transfer-form:reference"), "TRX-CONSOLA-2");
            browser.click(By.id("transfer-form:record"));
            browser.awaitText(By.id("messages"), "supera el saldo de la factura");
            assertThat(browser.await(By.id("money-owed")).getText()).isEqualTo(pesos(total.subtract(part)));
            assertThat(browser.await(By.id("money-payments")).getText()).doesNotContain("TRX-CONSOLA-2");

            browser.choose("credit-form:kind", "Falla de servicio");
            browser.type(By.id("credit-form:amount"), "5000");
            browser.type(By.id("credit-form:ticket"), claim);
            browser.type(By.id("credit-form:reason"), "Caída del ERP");
            browser.click(By.id("credit-form:issue"));
            browser.awaitText(By.id("messages"), "Una falla de servicio indica sus fechas");
            browser.type(By.id("credit-form:outage-from"), today.minusDays(3).toString());
            browser.type(By.id("credit-form:outage-to"), today.minusDays(2).toString());
            browser.click(By.id("credit-form:issue"));
            browser.awaitText(By.id("money-credit-notes"), "NC-");
            assertThat(browser.await(By.id("money-credit-notes")).getText())
                    .contains("Falla de servicio", claim, "Caída del ERP", pesos(new BigDecimal("5000")));
        }

        PaymentCalls payments = new PaymentCalls(api);
        List<JsonObject> paid = payments.payments(tenant.adminToken());
        assertThat(paid).hasSize(1);
        assertThat(paid.get(0).getString("method")).isEqualTo("TRANSFER");
        assertThat(paid.get(0).getString("reference")).isEqualTo("TRX-CONSOLA-1");
        assertThat(LocalDate.ofInstant(
                        java.time.Instant.parse(paid.get(0).getString("settledAt")), ZoneId.of("America/Santiago")))
                .isEqualTo(today.minusDays(1));
        JsonObject note = new CreditCalls(api).notes(tenant.adminToken()).get(0);
        assertThat(note.getString("kind")).isEqualTo("FALLA_SERVICIO");
        assertThat(note.getString("invoice")).isEqualTo(number);
        assertThat(note.getString("outageFrom")).isEqualTo(today.minusDays(3).toString());
    }

    @Test
    void billingStaffSettleACancellationFromItsTicketOnce() throws Exception {
        TestTenant tenant = TestTenants.create(api, "consola-baja", "basico");
        String ticket = CreditCalls.cancellationToSettle(api, tenant);
        Api.Reply previewed = api.get(
                "/api/v1/billing/tenants/" + tenant.code() + "/cancellations/" + ticket + "/settlement",
                CreditCalls.billingStaff());
        assertThat(previewed.status()).as(previewed.toString()).isEqualTo(200);
        JsonObject preview = previewed.json();

        try (Browser browser = Browser.start()) {
            browser.openConsoleAs(
                    api.base() + "/admin/ticket.xhtml?cliente=" + tenant.code() + "&numero=" + ticket, STAFF, PASSWORD);
            browser.click(By.id("desk-settlement"));
            browser.awaitText(By.id("settlement-header"), ticket);
            browser.awaitText(By.id("settlement-credit"), pesos(StoreCalls.amount(preview, "credit")));
            assertThat(browser.await(By.id("settlement-charges")).getText())
                    .isEqualTo(pesos(StoreCalls.amount(preview, "pendingCharges")));
            assertThat(browser.await(By.id("settlement-credits")).getText()).contains("días no usados");

            // the same preview in a second tab, executed there after the first: refused clearly
            WebDriver driver = browser.driver();
            String first = driver.getWindowHandle();
            String url = browser.url();
            driver.switchTo().newWindow(WindowType.TAB);
            browser.open(url);
            browser.await(By.id("settle-form:execute"));
            String second = driver.getWindowHandle();
            driver.switchTo().window(first);

            browser.type(By.id("settle-form:reason"), "Baja solicitada por el cliente");
            browser.click(By.id("settle-form:execute"));
            browser.click(By.id("settle-form:confirm-yes"));
            browser.awaitText(By.id("settlement-tenant-status"), "Cancelado");
            browser.awaitText(By.id("messages"), "el cliente quedó cancelado");
            assertThat(driver.findElements(By.id("settle-form:execute"))).isEmpty();

            driver.switchTo().window(second);
            browser.type(By.id("settle-form:reason"), "Otra vez");
            browser.click(By.id("settle-form:execute"));
            browser.click(By.id("settle-form:confirm-yes"));
            browser.awaitText(By.id("messages"), "El término ya se liquidó");
            browser.awaitText(By.id("settlement-tenant-status"), "Cancelado");
            assertThat(driver.findElements(By.id("settle-form:execute"))).isEmpty();
        }
        assertProblem(api.get("/api/v1/billing/invoices", tenant.adminToken()), 403, "/problems/tenant-not-active");
    }

    /** An amount as a Chilean tenant's pages write it in Spanish. */
    private static String pesos(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(new Locale("es", "CL"));
        format.setCurrency(Currency.getInstance("CLP"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }
}
