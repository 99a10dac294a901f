package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Billing staff grant credit notes for claims: numbered like the void's credit notes, linked to the tenant's claim
 * ticket, kept in the credit balance that the next renewal invoice uses (its preview showing the same credit), or
 * refunded to the card of a paid invoice. Other tenants' tickets and invoices are not found; only billing staff grant.
 */
class CreditNotesIT extends AndesIT {

    TestTenant tenant;
    TestTenant other;
    CreditCalls credits;
    DeskFixture desk;
    StoreCalls store;
    BillingCalls billing;
    String claim;

    @BeforeEach
    void twoTenantsAndAClaim() {
        tenant = TestTenants.create(api, "credit", "basico"); // basico: CLP 29 900 a month, 19 %
        other = TestTenants.create(api, "credit-b", "basico");
        credits = new CreditCalls(api);
        desk = new DeskFixture(api);
        store = new StoreCalls(api);
        billing = new BillingCalls(api);
        claim = desk.openClaim(tenant.userToken(), "Me cobraron dos veces");
    }

    @Test
    void staffGrantACreditForAClaimAndOnlyItsTenantSeesItInItsBalance() {
        JsonObject note = credits.issued(tenant.code(), CreditCalls.undueCharge(claim, "5000"));

        assertThat(note.getString("number")).matches("NC-\\d{4}-\\d{6}");
        assertThat(note.getString("ticket")).isEqualTo(claim);
        assertThat(note.getString("destination")).isEqualTo("BALANCE");
        assertThat(note.getString("issuedBy")).isNotBlank();
        assertThat(credits.notes(tenant.adminToken()))
                .extracting(n -> n.getString("number"))
                .containsExactly(note.getString("number"));
        assertThat(credits.balance(tenant.adminToken())).isEqualByComparingTo("5000");
        assertThat(credits.notes(other.adminToken())).isEmpty();
        assertThat(credits.balance(other.adminToken())).isEqualByComparingTo("0");

        JsonObject failure = credits.issued(
                tenant.code(),
                CreditCalls.undueCharge(claim, "1500")
                        .add("kind", "FALLA_SERVICIO")
                        .add("outageFrom", LocalDate.now().minusDays(3).toString())
                        .add("outageTo", LocalDate.now().minusDays(2).toString()));
        assertThat(failure.getString("kindLabel")).isEqualTo("Falla de servicio");
        assertThat(failure.getString("outageFrom"))
                .isEqualTo(LocalDate.now().minusDays(3).toString());
        assertThat(sequence(failure)).isEqualTo(sequence(note) + 1);
        assertThat(credits.balance(tenant.adminToken())).isEqualByComparingTo("6500");
    }

    @Test
    void badCreditsAreRefusedAndChangeNothing() {
        desk.openClaim(other.userToken(), "Reclamo del otro cliente");
        String otherClaim = desk.openClaim(other.userToken(), "Otro reclamo del otro cliente"); // numbered per tenant

        assertThat(credits.issue(CreditCalls.billingStaff(), tenant.code(), CreditCalls.undueCharge(otherClaim, "100"))
                        .status())
                .isEqualTo(400);
        assertProblem(
                credits.issue(CreditCalls.billingStaff(), tenant.code(), CreditCalls.undueCharge(claim, "-1")),
                400,
                "/problems/validation");
        assertThat(credits.issue(CreditCalls.billingStaff(), tenant.code(), CreditCalls.undueCharge(claim, "10.5"))
                        .status())
                .as("CLP has no decimals")
                .isEqualTo(400);
        assertThat(credits.issue(
                                CreditCalls.billingStaff(),
                                tenant.code(),
                                CreditCalls.undueCharge(claim, "100").add("kind", "FALLA_SERVICIO"))
                        .status())
                .as("a service failure states its outage dates")
                .isEqualTo(400);
        assertThat(credits.issue(
                                CreditCalls.billingStaff(),
                                tenant.code(),
                                CreditCalls.undueCharge(claim, "100").add("invoice", "F-2026-999999"))
                        .status())
                .isEqualTo(400);
        assertProblem(
                credits.issue(
                        CreditCalls.billingStaff(),
                        tenant.code(),
                        CreditCalls.undueCharge(claim, "100").add("refundToCard", true)),
                409,
                "/problems/conflict");
        assertThat(credits.issue(CreditCalls.billingStaff(), "no-such-tenant", CreditCalls.undueCharge(claim, "1"))
                        .status())
                .isEqualTo(404);

        assertThat(credits.notes(tenant.adminToken())).isEmpty();
        assertThat(credits.balance(tenant.adminToken())).isEqualByComparingTo("0");
    }

    @Test
    void onlyBillingStaffGrantCredits() {
        for (String token : List.of(
                tenant.adminToken(),
                tenant.userToken(),
                TestTenants.staffToken(Roles.SUPPORT_AGENT),
                TestTenants.staffToken(Roles.ADVISOR))) {
            assertProblem(
                    credits.issue(token, tenant.code(), CreditCalls.undueCharge(claim, "100")),
                    403,
                    "/problems/forbidden");
        }
        assertThat(credits.issue(
                                TestTenants.staffToken(Roles.PLATFORM_ADMIN),
                                tenant.code(),
                                CreditCalls.undueCharge(claim, "100"))
                        .status())
                .isEqualTo(201);
        assertThat(api.get(CreditCalls.BALANCE, tenant.userToken()).status()).isEqualTo(403);
    }

    @Test
    void theNextRenewalUsesTheBalanceUpToItsNetAndThePreviewShowsTheSameCredit() {
        store.page("/api/v1/store/subscription", tenant.adminToken()); // the subscription starts on first use
        credits.issued(tenant.code(), CreditCalls.undueCharge(claim, "40000"));
        BillingCalls.periodEnded(tenant.code());
        JsonObject preview = billing.ok("/api/v1/billing/next-invoice", tenant.adminToken());

        assertThat(billing.run().status()).isEqualTo(201);

        JsonObject invoice = invoice(tenant);
        assertThat(invoice.getJsonArray("lines")).isEqualTo(preview.getJsonArray("lines"));
        assertThat(invoice.getJsonNumber("total")).isEqualTo(preview.getJsonNumber("total"));
        List<JsonObject> lines = invoice.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("kind")).containsExactly("PLAN", "CREDIT");
        assertThat(lines.get(1).getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("-29900");
        assertThat(invoice.getJsonNumber("net").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(invoice.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(credits.balance(tenant.adminToken()))
                .as("the rest carries over")
                .isEqualByComparingTo("10100");
        assertThat(credits.entries(tenant.adminToken()))
                .extracting(e -> e.getString("kind"))
                .contains("APPLIED", "CREDIT_NOTE");

        BillingCalls.periodEnded(tenant.code());
        JsonObject next = billing.ok("/api/v1/billing/next-invoice", tenant.adminToken());
        assertThat(next.getJsonArray("lines")
                        .getValuesAs(JsonObject.class)
                        .get(1)
                        .getJsonNumber("amount")
                        .bigDecimalValue())
                .isEqualByComparingTo("-10100");
        assertThat(next.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("23562"); // 19 800 + 19 %
    }

    @Test
    void aCreditOfAPaidInvoiceCanBeRefundedToTheCardInsteadOfTheBalance() {
        store.page("/api/v1/store/subscription", tenant.adminToken());
        BillingCalls.periodEnded(tenant.code());
        billing.run();
        String number = billing.invoices(tenant.adminToken()).get(0).getString("number");
        assertProblem(
                credits.issue(
                        CreditCalls.billingStaff(),
                        tenant.code(),
                        CreditCalls.undueCharge(claim, "1000")
                                .add("invoice", number)
                                .add("refundToCard", true)),
                409,
                "/problems/conflict");
        assertThat(credits.issue(
                                CreditCalls.billingStaff(),
                                other.code(),
                                CreditCalls.undueCharge(desk.openClaim(other.userToken(), "x"), "1000")
                                        .add("invoice", number))
                        .status())
                .as("another tenant's invoice is not found")
                .isEqualTo(400);
        BillingCalls.paid(tenant.code(), number);
        assertProblem(
                credits.issue(
                        CreditCalls.billingStaff(),
                        tenant.code(),
                        CreditCalls.undueCharge(claim, "1000")
                                .add("invoice", number)
                                .add("refundToCard", true)),
                409,
                "/problems/conflict"); // paid, but not by card
        String paid = new PaymentCalls(api)
                .paidByCard(tenant.adminToken(), tenant.code(), "credit-" + tenant.code())
                .getString("number");
        StripeStub.refundsAlwaysFailFor(tenant.code()); // the request stays pending for this test (RefundIT refunds)

        JsonObject refund = credits.issued(
                tenant.code(),
                CreditCalls.undueCharge(claim, "100").add("invoice", paid).add("refundToCard", true));

        assertThat(refund.getString("destination")).isEqualTo("REFUND");
        assertThat(refund.getString("invoice")).isEqualTo(paid);
        assertThat(credits.balance(tenant.adminToken())).isEqualByComparingTo("0");
        JsonObject requested = credits.entries(tenant.adminToken()).get(0);
        assertThat(requested.getString("kind")).isEqualTo("REFUND_REQUESTED");
        assertThat(requested.getString("refundStatus")).isEqualTo("PENDING");
        assertThat(requested.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("119"); // with its IVA
        Api.Reply pending = api.get("/api/v1/billing/refund-requests", CreditCalls.billingStaff());
        assertThat(pending.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(r -> {
                    assertThat(r.getString("tenant")).isEqualTo(tenant.code());
                    assertThat(r.getString("creditNote")).isEqualTo(refund.getString("number"));
                    assertThat(r.getString("invoice")).isEqualTo(paid);
                    assertThat(r.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("119");
                });
        assertThat(api.get("/api/v1/billing/refund-requests", tenant.adminToken())
                        .status())
                .isEqualTo(403);
        assertThat(credits.issue(
                                CreditCalls.billingStaff(),
                                tenant.code(),
                                CreditCalls.undueCharge(claim, "9999999").add("invoice", paid))
                        .status())
                .as("never more than what is left of the invoice's net")
                .isEqualTo(400);
        StripeStub.normalFor(tenant.code());
    }

    private JsonObject invoice(TestTenant owner) {
        return billing.ok(
                "/api/v1/billing/invoices/"
                        + billing.invoices(owner.adminToken()).get(0).getString("number"),
                owner.adminToken());
    }

    private static int sequence(JsonObject note) {
        return Integer.parseInt(note.getString("number").substring(8));
    }

    static BigDecimal amount(JsonObject object) {
        return object.getJsonNumber("amount").bigDecimalValue();
    }
}
