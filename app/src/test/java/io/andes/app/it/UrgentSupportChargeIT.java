package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Soporte urgente" charged now to the card on file (Stripe played by WireMock): an invoice of its own is issued and
 * paid off-session at once and the ticket becomes urgent; without a card it is a 409 pointing to "Mis tarjetas"; a
 * declined card charges nothing, issues nothing and leaves the ticket as it was.
 */
class UrgentSupportChargeIT extends AndesIT {

    TestTenant tenant;
    DeskFixture desk;
    PaymentCalls payments;
    BillingCalls billing;
    String ticket;

    @BeforeEach
    void aTenantWithACardAndATicket() {
        tenant = TestTenants.create(api, "urgent-now", "basico"); // CLP: 35 000 net, 41 650 with IVA
        desk = new DeskFixture(api);
        payments = new PaymentCalls(api);
        billing = new BillingCalls(api);
        ticket = desk.open(tenant.userToken(), "La facturación electrónica está detenida");
        cardOnFile(tenant);
    }

    @AfterEach
    void stripeAnswersNormallyAgain() {
        StripeStub.normalFor(tenant.code());
    }

    @Test
    void chargedNowItsOwnInvoiceIsPaidByTheCardAndTheTicketIsUrgent() {
        Api.Reply bought = chargeNow(tenant, ticket, "now-1");

        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        assertThat(bought.json().getString("mode")).isEqualTo("CHARGE_NOW");
        assertThat(bought.json().getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("35000");
        assertThat(priority(tenant, ticket)).isEqualTo("URGENT");
        List<JsonObject> invoices = billing.invoices(tenant.adminToken());
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0).getString("status")).isEqualTo("PAGADA");
        assertThat(StoreCalls.amount(invoices.get(0), "total")).isEqualByComparingTo("41650");
        JsonObject payment = payments.payments(tenant.adminToken()).get(0);
        assertThat(payment.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(payment.getString("invoiceNumber")).isEqualTo(invoices.get(0).getString("number"));
        assertThat(StripeStub.chargeCalls(tenant.code())).hasSize(1);
        assertThat(StripeStub.chargeCalls(tenant.code()).get(0).getHeader("Idempotency-Key"))
                .isEqualTo("andes-urgent-" + tenant.code() + "-now-1");
        assertThat(StripeStub.chargeCalls(tenant.code()).get(0).getBodyAsString())
                .contains("amount=41650")
                .contains("off_session=true")
                .contains("pm_card_visa");
        assertThat(new StoreCalls(api)
                        .page("/api/v1/billing/next-invoice", tenant.adminToken())
                        .getJsonArray("lines")
                        .getValuesAs(JsonObject.class))
                .noneSatisfy(line -> assertThat(line.getString("description")).contains("Soporte urgente"));

        Api.Reply replayed = chargeNow(tenant, ticket, "now-1");
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.json().getString("id")).isEqualTo(bought.json().getString("id"));
        assertProblem(chargeNow(tenant, ticket, "now-2"), 409, "/problems/conflict");
        assertThat(StripeStub.chargeCalls(tenant.code())).hasSize(1);

        TestTenant other = TestTenants.create(api, "urgent-now-b", "basico");
        assertProblem(chargeNow(other, ticket, "now-3"), 404, "/problems/not-found");
        assertProblem(
                api.get("/api/v1/payments/" + payment.getString("id"), other.adminToken()), 404, "/problems/not-found");
        assertProblem(
                api.get("/api/v1/billing/invoices/" + invoices.get(0).getString("number"), other.adminToken()),
                404,
                "/problems/not-found");
    }

    @Test
    void withoutACardOnFileItIsAConflictPointingToMisTarjetas() {
        TestTenant cardless = TestTenants.create(api, "urgent-nocard", "basico");
        String its = desk.open(cardless.userToken(), "Sin tarjeta");

        Api.Reply refused = chargeNow(cardless, its, "nocard-1");

        assertProblem(refused, 409, "/problems/conflict");
        assertThat(refused.body()).contains("Mis tarjetas");
        assertThat(priority(cardless, its)).isEqualTo("NORMAL");
        assertThat(billing.invoices(cardless.adminToken())).isEmpty();
        assertProblem(
                api.post(
                        UrgentSupportIT.URGENT + its + "?mode=LATER",
                        cardless.adminToken(),
                        "",
                        "Idempotency-Key",
                        "mode-1"),
                400,
                "/problems/validation");
    }

    @Test
    void aDeclinedCardChargesNothingAndTheTicketKeepsItsPriority() {
        StripeStub.chargesDeclinedFor(tenant.code());

        Api.Reply declined = chargeNow(tenant, ticket, "declined-1");

        assertProblem(declined, 422, "/problems/unprocessable");
        assertThat(declined.body()).contains("card-declined").contains("insufficient_funds");
        assertThat(priority(tenant, ticket)).isEqualTo("NORMAL");
        assertThat(billing.invoices(tenant.adminToken())).isEmpty();
        assertThat(payments.payments(tenant.adminToken())).isEmpty();
        assertThat(api.get("/api/v1/billing/urgent-support", tenant.adminToken())
                        .json()
                        .getInt("total"))
                .isZero();

        StripeStub.normalFor(tenant.code());
        assertThat(chargeNow(tenant, ticket, "declined-2").status()).isEqualTo(201);
        assertThat(priority(tenant, ticket)).isEqualTo("URGENT");
        assertThat(billing.invoices(tenant.adminToken())).hasSize(1);
    }

    private Api.Reply chargeNow(TestTenant who, String number, String key) {
        return api.post(
                UrgentSupportIT.URGENT + number + "?mode=CHARGE_NOW", who.adminToken(), "", "Idempotency-Key", key);
    }

    private String priority(TestTenant who, String number) {
        return api.get(DeskFixture.TICKETS + "/" + number, who.userToken())
                .json()
                .getJsonObject("sla")
                .getString("priority");
    }

    /** Stripe's setup_intent.succeeded: the tenant's card pm_card_visa is on file. */
    private void cardOnFile(TestTenant who) {
        Api.Reply saved = payments.deliver(StripeStub.event(
                "evt_setup_" + who.code(),
                "setup_intent.succeeded",
                "{\"id\":\"seti_1\",\"object\":\"setup_intent\",\"payment_method\":\"pm_card_visa\","
                        + "\"metadata\":{\"tenant\":\"" + who.code() + "\"}}"));
        assertThat(saved.json().getBoolean("applied")).as(saved.toString()).isTrue();
    }
}
