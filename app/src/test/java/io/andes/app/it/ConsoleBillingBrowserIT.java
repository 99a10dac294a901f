package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The billing pages of the staff console in real headless Chromium, signed in through Keycloak with the demo staff
 * accounts: a platform admin changes a plan's price from a tenant's next renewal and sees it in that renewal's invoice
 * while the invoice already issued keeps its price; billing staff run the renewals from the monitor, find the new invoice and
 * void it with a reason, which a credit note answers.
 */
class ConsoleBillingBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String NEW_PRICE = "1777.50";

    @Test
    void aNewPriceFromTheNextRenewalReachesThatRenewalsInvoiceAndTheIssuedInvoiceKeepsItsPrice() throws Exception {
        // a Mexican tenant: no other test prices in MXN, so this price change disturbs no one
        String tenant = mexicanTenant();
        String admin = ItEnvironment.tokens()
                .token("admin@" + tenant, tenant, List.of(Roles.TENANT_ADMIN), Duration.ofHours(1));
        BillingCalls billing = new BillingCalls(api);
        String issued = issuedInvoice(billing, tenant, admin);
        JsonObject before = billing.ok("/api/v1/billing/next-invoice", admin);
        String renewal = before.getString("renewalDate");
        assertThat(planLine(before).getJsonNumber("unitPrice").bigDecimalValue())
                .isEqualByComparingTo("1599");

        try (Browser browser = Browser.start()) {
            browser.openConsoleAs(api.base() + "/admin/precios.xhtml", "admin@andes.dev", PASSWORD);
            browser.await(By.id("menu-prices"));
            browser.choose("price-form:product", "Profesional");
            browser.choose("price-form:currency", "MXN");
            browser.type(By.id("price-form:amount"), "1777.505");
            browser.type(By.id("price-form:valid-from"), renewal);
            browser.click(By.id("price-form:save"));
            browser.awaitText(By.id("messages"), "2 decimales");
            browser.type(By.id("price-form:amount"), NEW_PRICE);
            browser.type(By.id("price-form:valid-from"), "2020-01-01");
            browser.click(By.id("price-form:save"));
            browser.awaitText(By.id("messages"), "anterior a hoy");
            assertThat(browser.await(By.id("prices:prices-table")).getText()).doesNotContain(pesos(NEW_PRICE));

            browser.type(By.id("price-form:valid-from"), renewal);
            browser.click(By.id("price-form:save"));
            browser.awaitText(By.id("messages"), "Las facturas emitidas no cambian");
            browser.awaitText(By.id("prices:prices-table"), pesos(NEW_PRICE));
            assertThat(browser.await(By.id("prices:prices-table")).getText()).contains("Programado");

            browser.open(api.base() + "/admin/suscripciones.xhtml");
            browser.type(By.id("subscriptions-form:tenant"), tenant);
            browser.choose("subscriptions-form:plan", "Básico");
            browser.click(By.id("subscriptions-form:filter"));
            browser.awaitText(By.id("subscriptions-form:subscriptions-table"), "No hay suscripciones");
            browser.choose("subscriptions-form:plan", "Profesional");
            browser.click(By.id("subscriptions-form:filter"));
            browser.awaitText(By.id("subscriptions-form:subscriptions-table"), tenant);
            browser.click(By.partialLinkText(tenant));
            browser.awaitText(By.id("next-invoice"), pesos(NEW_PRICE));
            assertThat(browser.await(By.id("subscription-facts")).getText())
                    .contains(pesos(NEW_PRICE) + " desde la próxima renovación");

            browser.open(api.base() + "/admin/factura.xhtml?cliente=" + tenant + "&numero=" + issued);
            browser.awaitText(By.id("invoice-lines"), pesos("1599"));
            assertThat(browser.await(By.id("invoice-lines")).getText()).doesNotContain(pesos(NEW_PRICE));
        }
        JsonObject after = billing.ok("/api/v1/billing/next-invoice", admin);
        assertThat(after.getString("renewalDate")).isEqualTo(renewal);
        assertThat(planLine(after).getJsonNumber("unitPrice").bigDecimalValue()).isEqualByComparingTo(NEW_PRICE);
        JsonObject invoice = billing.ok("/api/v1/billing/invoices/" + issued, admin);
        assertThat(planLine(invoice).getJsonNumber("unitPrice").bigDecimalValue())
                .isEqualByComparingTo("1599");
    }

    /** The tenant's first period ends and a renewal run issues its invoice at the price in force: its number. */
    private static String issuedInvoice(BillingCalls billing, String tenant, String admin) {
        return billing.renewed(tenant, admin).getString("number");
    }

    /** The one invoice of the tenant, once a run (this test's or a concurrent one) has issued it. */
    private static String renewalInvoice(BillingCalls billing, String tenant, String admin) {
        return Eventually.await(
                        () -> billing.invoices(admin),
                        invoices -> invoices.size() == 1,
                        "the renewal invoice of " + tenant)
                .get(0)
                .getString("number");
    }

    @Test
    void billingStaffRunTheRenewalsAndVoidTheNewInvoiceWithAReasonWhichACreditNoteAnswers() throws Exception {
        TestTenants.TestTenant tenant = TestTenants.create(api, "consola-fact", "basico");
        BillingCalls billing = new BillingCalls(api);
        billing.ok("/api/v1/billing/next-invoice", tenant.adminToken());
        BillingCalls.periodEnded(tenant.code());

        try (Browser browser = Browser.start()) {
            browser.openConsoleAs(api.base() + "/admin/renovaciones.xhtml", "facturacion@andes.dev", PASSWORD);
            browser.await(By.id("menu-renewals"));
            assertThat(browser.driver().findElements(By.id("menu-prices"))).isEmpty();
            browser.click(By.id("run-form:run-now"));
            browser.awaitText(By.id("messages"), "Renovaciones ejecutadas");
            browser.awaitText(By.id("last-run"), "facturacion@andes.dev");
            // another run (the scheduler, another test) may have issued it first: either way it is issued once
            String number = renewalInvoice(billing, tenant.code(), tenant.adminToken());

            // due later in the tenant's own zone: pending, not overdue, whatever the date in UTC
            String invoices = api.base() + "/admin/facturas.xhtml?cliente=" + tenant.code();
            browser.open(invoices + "&estado=VENCIDA");
            browser.await(By.id("invoices-form:invoices-table"));
            assertThat(browser.await(By.id("invoices-form:invoices-table")).getText())
                    .doesNotContain(number);
            browser.open(invoices + "&estado=PENDIENTE");
            browser.awaitText(By.id("invoices-form:invoices-table"), number);
            browser.click(By.linkText(number));
            browser.awaitText(By.id("invoice-header"), number);
            browser.awaitText(By.id("invoice-status"), "Pendiente");
            assertThat(browser.await(By.id("invoice-lines")).getText()).contains("Básico");
            assertThat(downloadedPdf(browser)).isEqualTo("application/pdf %PDF-");

            browser.click(By.id("void-form:void"));
            browser.awaitText(By.id("messages"), "motivo");
            browser.type(By.id("void-form:reason"), "Cobro duplicado con la orden manual");
            browser.click(By.id("void-form:void"));
            browser.awaitText(By.id("invoice-status"), "Anulada");
            browser.awaitText(By.id("invoice-credit-note"), "NC-");
            assertThat(browser.await(By.id("invoice-credit-note")).getText())
                    .contains("Cobro duplicado con la orden manual");
            assertThat(browser.driver().findElements(By.id("void-form:void"))).isEmpty();

            // the invoice read as another tenant's is not found, and so is an unknown tenant's subscription
            browser.open(api.base() + "/admin/factura.xhtml?cliente=inmobiliaria-sur&numero=" + number);
            browser.await(By.id("invoice-not-found"));
            assertThat(browser.pageText()).doesNotContain("Cobro duplicado");
            browser.open(api.base() + "/admin/suscripcion.xhtml?cliente=no-existe-" + number.toLowerCase());
            browser.await(By.id("subscription-not-found"));
        }
        JsonObject invoice = billing.invoices(tenant.adminToken()).get(0);
        JsonObject voided = billing.ok("/api/v1/billing/invoices/" + invoice.getString("number"), tenant.adminToken());
        assertThat(voided.getString("status")).isEqualTo("ANULADA");
        assertThat(voided.getString("voidReason")).isEqualTo("Cobro duplicado con la orden manual");
        assertThat(voided.getString("creditNote")).startsWith("NC-");
    }

    /**
     * What the invoice page's "Descargar PDF" answers: the form posted as the button posts it (headless Chromium does
     * not keep downloads), its content type and first bytes.
     */
    private static String downloadedPdf(Browser browser) {
        return (String)
                ((JavascriptExecutor) browser.driver())
                        .executeAsyncScript(
                                """
                        const done = arguments[arguments.length - 1];
                        const form = document.getElementById('pdf-form');
                        const data = new URLSearchParams(new FormData(form));
                        data.append('pdf-form:pdf', '');
                        fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                            .then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' '
                                + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))
                            .catch(e => done('failed: ' + e));
                        """);
    }

    private String mexicanTenant() {
        String code =
                "consola-mx-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        Api.Reply created = api.post(
                "/api/v1/tenants",
                TestTenants.staffToken(Roles.PLATFORM_ADMIN),
                """
                {"code":"%s","legalName":"%s SA de CV","country":"MX","taxId":"%s","plan":"profesional"}"""
                        .formatted(code, code, randomRfc()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    /** A structurally valid RFC of a company: three letters, a real date, a three-character homoclave. */
    private static String randomRfc() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder rfc = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            rfc.append((char) ('A' + random.nextInt(26)));
        }
        rfc.append(String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        String chars = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789";
        rfc.append(chars.charAt(random.nextInt(chars.length())))
                .append(chars.charAt(random.nextInt(chars.length())))
                .append(random.nextInt(10));
        return rfc.toString();
    }

    private static JsonObject planLine(JsonObject draft) {
        return draft.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("kind").equals("PLAN"))
                .findFirst()
                .orElseThrow();
    }

    /** An amount as a Mexican tenant's pages write it in Spanish. */
    private static String pesos(String amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(new Locale("es", "MX"));
        format.setCurrency(Currency.getInstance("MXN"));
        return format.format(new BigDecimal(amount));
    }
}
