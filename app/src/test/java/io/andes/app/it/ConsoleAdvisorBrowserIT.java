package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The advisors' side of the staff console in real headless Chromium: a platform admin creates and edits an advisor's
 * profile and assigns a tenant to them (the tenant sees that advisor); the demo advisor builds a quote of five lines,
 * adding and removing lines, with running totals in the tenant's currency, and sends it.
 */
class ConsoleAdvisorBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String DEMO_ADVISOR = "asesor@andes.dev";

    /** The five quotable products, their labels on the form and their store add-ons, with the quantities quoted. */
    private static final List<String[]> LINES = List.of(
            new String[] {"Usuarios adicionales", "extra-user", "2"},
            new String[] {"Paquete de documentos tributarios electrónicos", "dte-pack", "1"},
            new String[] {"Trabajadores adicionales", "worker", "3"},
            new String[] {"Razones sociales adicionales", "legal-entity", "1"},
            new String[] {"Soporte prioritario", "priority-support", "1"});

    private final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

    @Test
    void aPlatformAdminCreatesAndEditsAnAdvisorsProfileAndAssignsATenant() throws Exception {
        AdvisorFixture fixture = new AdvisorFixture(api);
        AdvisorFixture.Customer customer = fixture.customer("consola-ases");
        String username = "asesora-" + tag + "@andes.test";
        String name = "Carolina Pinto " + tag;
        try (Browser browser = Browser.start()) {
            browser.openConsoleAs(api.base() + "/admin/asesores.xhtml", "admin@andes.dev", PASSWORD);
            browser.type(By.id("profile-form:username"), username);
            browser.type(By.id("profile-form:name"), name);
            browser.type(By.id("profile-form:email"), "no-es-un-correo");
            browser.click(By.id("profile-form:save"));
            browser.awaitText(By.id("messages"), "correo válido");
            assertThat(browser.await(By.id("profiles:profiles-table")).getText())
                    .doesNotContain(name);

            browser.type(By.id("profile-form:email"), username);
            browser.type(By.id("profile-form:hours"), "Lunes a viernes");
            browser.click(By.id("profile-form:save"));
            browser.awaitText(By.id("messages"), "guardado");
            browser.awaitText(By.id("profiles:profiles-table"), name);

            browser.click(By.xpath("//tr[td[normalize-space()='" + username + "']]//button"));
            browser.awaitValue(By.id("profile-form:username"), username);
            browser.type(By.id("profile-form:hours"), "Martes y jueves, 10:00 a 13:00");
            browser.click(By.id("profile-form:save"));
            browser.awaitText(By.id("profiles:profiles-table"), "Martes y jueves, 10:00 a 13:00");

            browser.type(By.id("assign-form:assign-tenant"), customer.code());
            browser.choose("assign-form:assign-advisor", name + " (" + username + ")");
            browser.click(By.id("assign-form:assign"));
            browser.awaitText(By.id("assign-form:assignments-table"), customer.code());
        }
        JsonObject advisor = api.get("/api/v1/my-advisor", customer.admin()).json();
        assertThat(advisor.getString("name")).isEqualTo(name);
        assertThat(advisor.getString("email")).isEqualTo(username);
        assertThat(advisor.getString("hours")).isEqualTo("Martes y jueves, 10:00 a 13:00");
    }

    @Test
    void anAdvisorQuotesFiveLinesWithRunningTotalsInTheTenantsCurrency() throws Exception {
        AdvisorFixture fixture = new AdvisorFixture(api);
        AdvisorFixture.Customer customer = fixture.customer("consola-cot");
        Api.Reply assigned = fixture.assign(customer.code(), new AdvisorFixture.Advisor(DEMO_ADVISOR, null));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        String number = fixture.sent(customer.admin(), "NUEVO_PRODUCTO", "Queremos ampliar la cuenta " + tag);
        String total = expectedTotal(customer.admin());

        try (Browser browser = Browser.start()) {
            browser.openConsoleAs(
                    api.base() + "/admin/solicitud-comercial.xhtml?cliente=" + customer.code() + "&numero=" + number,
                    DEMO_ADVISOR,
                    PASSWORD);
            browser.awaitText(By.id("advisor-request"), "ampliar la cuenta " + tag);
            for (int i = 0; i < LINES.size(); i++) {
                if (i > 0) {
                    browser.click(By.id("quote-form:add-line"));
                }
                browser.choose("quote-form:lines:" + i + ":product", LINES.get(i)[0]);
                browser.type(By.id("quote-form:lines:" + i + ":quantity_input"), LINES.get(i)[2]);
            }
            // a sixth line added and removed again leaves the five
            browser.click(By.id("quote-form:add-line"));
            browser.click(By.id("quote-form:lines:5:remove-line"));
            browser.awaitGone(By.id("quote-form:lines:5:product"));
            browser.awaitText(By.id("quote-form:quote-total"), total);
            browser.click(By.id("quote-form:send-quote"));
            browser.awaitText(By.id("advisor-request"), "3 × Trabajadores adicionales");
            assertThat(browser.await(By.id("advisor-request")).getText())
                    .contains("2 × Usuarios adicionales", "1 × Soporte prioritario");
        }
        JsonObject quote = AdvisorFixture.lastQuote(api.get(AdvisorFixture.REQUESTS + "/" + number, customer.admin())
                .json());
        assertThat(quote.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getInt("quantity") + " " + l.getString("storeProduct"))
                .containsExactly("2 extra-user", "1 dte-pack", "3 worker", "1 legal-entity", "1 priority-support");
    }

    /** The quote's total per month with IVA, from the store's own prices for this tenant, as the page writes it. */
    private String expectedTotal(String adminToken) {
        Map<String, BigDecimal> prices = api
                .get("/api/v1/store/products", adminToken)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .collect(Collectors.toMap(p -> p.getString("code"), p -> p.getJsonNumber("unitPrice")
                        .bigDecimalValue()));
        BigDecimal net = LINES.stream()
                .map(line -> prices.get(line[1]).multiply(new BigDecimal(line[2])))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = net.multiply(new BigDecimal("0.19")).setScale(0, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getCurrencyInstance(new Locale("es", "CL"));
        format.setCurrency(Currency.getInstance("CLP"));
        format.setMaximumFractionDigits(0);
        return format.format(net.add(tax));
    }
}
