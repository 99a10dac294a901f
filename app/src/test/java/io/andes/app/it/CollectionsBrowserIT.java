package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Cobranza" in real headless Chromium, signed in through Keycloak as the demo billing staff: a tenant flagged after
 * its last automatic payment failed shows with its invoice, amount and attempts; one credit proposal is accepted and
 * another rejected (first without a reason, which the page refuses in words); a refund the gateway refused is closed
 * by hand with the reference of the bank transfer; the page reads in English after the switch.
 */
class CollectionsBrowserIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";

    TestTenant refunded;

    @AfterEach
    void stripeAnswersNormallyAgain() {
        if (refunded != null) {
            StripeStub.normalFor(refunded.code());
        }
    }

    @Test
    void billingStaffSeeAFlaggedTenantDecideProposalsAndCloseARefundByHand() throws Exception {
        PaymentCalls payments = new PaymentCalls(api);
        CreditCalls credits = new CreditCalls(api);
        DeskFixture desk = new DeskFixture(api);
        TestTenant flaggedTenant = TestTenants.create(api, "cobro-flag", "basico");
        JsonObject flag = payments.flagged(flaggedTenant);
        assertThat(flag.getInt("attempts")).isEqualTo(4);
        TestTenant urgent = TestTenants.create(api, "cobro-sla", "basico");
        String accepted = desk.open(urgent.userToken(), "No emite facturas");
        String rejected = desk.open(urgent.userToken(), "No envía correos");
        JsonObject toAccept = credits.missedUrgentProposal(urgent, accepted, "cobro-1");
        JsonObject toReject = credits.missedUrgentProposal(urgent, rejected, "cobro-2");
        refunded = TestTenants.create(api, "cobro-dev", "basico");
        JsonObject refund =
                credits.refusedRefund(refunded, desk.openClaim(refunded.userToken(), "Nos cobraron de más"), "100");

        try (Browser browser = Browser.start()) {
            browser.openConsoleAs(api.base() + "/admin/cobranza.xhtml", "facturacion@andes.dev", PASSWORD);
            browser.await(By.id("menu-collections"));
            browser.awaitText(By.id("flags-table"), flaggedTenant.code());
            assertThat(browser.await(row("flags-table", flaggedTenant.code(), flag.getString("invoiceNumber")))
                            .getText())
                    .contains(pesos(flag.getJsonNumber("total").bigDecimalValue()))
                    .contains("4");
            assertThat(browser.driver().findElements(By.linkText(flag.getString("invoiceNumber"))))
                    .isNotEmpty();

            browser.click(inRow(proposals(urgent, accepted), "button", "accept"));
            browser.awaitText(
                    By.id("messages"), "Propuesta del ticket " + accepted + " (" + urgent.code() + ") aceptada");
            browser.awaitGone(proposals(urgent, accepted));

            browser.click(inRow(proposals(urgent, rejected), "button", "reject"));
            browser.awaitText(
                    By.id("messages"), "Escriba el motivo del rechazo de la propuesta del ticket " + rejected);
            assertThat(credits.proposalOf(urgent, rejected))
                    .as("still awaiting staff")
                    .isNotNull();
            browser.type(inRow(proposals(urgent, rejected), "input", "reason"), "El cliente cerró el ticket a tiempo");
            browser.click(inRow(proposals(urgent, rejected), "button", "reject"));
            browser.awaitText(
                    By.id("messages"), "Propuesta del ticket " + rejected + " (" + urgent.code() + ") rechazada");
            browser.awaitGone(proposals(urgent, rejected));

            By refundRow = row("refunds-form:refunds-table", refund.getString("creditNote"), refunded.code());
            browser.click(inRow(refundRow, "button", "close-by-hand"));
            browser.awaitText(By.id("refund-form:refund-selected"), refund.getString("creditNote"));
            browser.choose("refund-form:method", "Transferencia bancaria");
            browser.click(By.id("refund-form:settle"));
            browser.awaitText(By.id("messages"), "Indique la referencia");
            browser.type(By.id("refund-form:reference"), "  TRX-COBRO-7  ");
            browser.click(By.id("refund-form:settle"));
            browser.awaitText(By.id("messages"), "cerrada a mano: TRANSFERENCIA TRX-COBRO-7");
            browser.awaitGone(refundRow);

            browser.click(By.id("lang-en"));
            browser.awaitText(By.id("collections-title"), "Collections");
            assertThat(browser.pageText()).contains("Pending credit proposals").contains("Pending refunds");
        }
        assertThat(credits.proposalOf(urgent, accepted)).isNull();
        assertThat(credits.proposalOf(urgent, rejected)).isNull();
        assertThat(credits.balance(urgent.adminToken()))
                .isEqualByComparingTo(toAccept.getJsonNumber("amount").bigDecimalValue());
        assertThat(credits.notes(urgent.adminToken()))
                .singleElement()
                .satisfies(note -> assertThat(note.getString("ticket")).isEqualTo(accepted));
        assertThat(toReject.getString("id")).isNotEqualTo(toAccept.getString("id"));
        assertThat(credits.refundRequestOf(refund.getString("creditNote"))).isNull();
        assertThat(credits.entries(refunded.adminToken()).get(0).getString("refundStatus"))
                .isEqualTo("DONE");
    }

    /** The row of a table's body that shows both texts. */
    private static By row(String table, String text, String other) {
        return By.xpath(
                "//tbody[@id='" + table + "_data']/tr[contains(., '" + text + "') and contains(., '" + other + "')]");
    }

    private static By proposals(TestTenant tenant, String ticket) {
        return row("proposals-form:proposals-table", tenant.code(), ticket);
    }

    /** The element of a row whose id ends with {@code :id}. */
    private static By inRow(By row, String tag, String id) {
        String xpath = row.toString().substring("By.xpath: ".length());
        return By.xpath(
                xpath + "//" + tag + "[substring(@id, string-length(@id) - " + id.length() + ") = ':" + id + "']");
    }

    /** An amount as a Chilean tenant's pages write it in Spanish. */
    private static String pesos(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(new Locale("es", "CL"));
        format.setCurrency(Currency.getInstance("CLP"));
        return format.format(amount);
    }
}
