package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Billing staff close by hand a refund request that cannot (or should not) go back to the card: the method, the
 * reference (trimmed) and the date are recorded with who and when, audited, and the gateway never refunds it again.
 * A request closed before, or one the gateway job holds right now, is a 409; an unknown one a 404; bad input a 400 with
 * nothing written; only billing staff and platform admins may do it.
 */
class RefundCloseIT extends AndesIT {

    TestTenant tenant;
    CreditCalls credits;
    PaymentCalls payments;
    JsonObject request;

    @BeforeEach
    void aRefundTheGatewayRefused() {
        tenant = TestTenants.create(api, "refund-close", "basico"); // CLP, IVA 19 %
        credits = new CreditCalls(api);
        payments = new PaymentCalls(api);
        String claim = new DeskFixture(api).openClaim(tenant.userToken(), "Nos cobraron de más");
        request = credits.refusedRefund(tenant, claim, "100");
    }

    @AfterEach
    void stripeAnswersNormallyAgain() {
        StripeStub.normalFor(tenant.code());
    }

    @Test
    void aRequestThatCannotGoToTheCardIsClosedByHandOnceAndAudited() {
        assertThat(request.getBoolean("toCard")).isTrue();
        JsonObject payment = payments.payments(tenant.adminToken()).get(0);
        long paid = payment.getJsonNumber("amount").longValue();
        // the whole payment went back from Stripe's dashboard: nothing left on the card for this request
        assertThat(payments.deliver(PaymentCalls.chargeRefunded(
                                "evt_dash_" + tenant.code(), tenant.code(), payment.getString("id"), paid))
                        .json()
                        .getBoolean("applied"))
                .isTrue();
        assertThat(credits.refundRequestOf(request.getString("creditNote")).getBoolean("toCard"))
                .isFalse();
        String today = today();

        Api.Reply closed = credits.settleByHand(
                CreditCalls.billingStaff(), request.getString("id"), CreditCalls.transfer("  TRX-2026-0042  ", today));

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonObject done = closed.json();
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getString("method")).isEqualTo("TRANSFERENCIA");
        assertThat(done.getString("reference")).isEqualTo("TRX-2026-0042");
        assertThat(done.getString("refundedOn")).isEqualTo(today);
        assertThat(done.getString("refundedBy")).isNotBlank();
        assertThat(done.getString("refundedAt")).isNotBlank();
        assertThat(done.getString("tenant")).isEqualTo(tenant.code());
        assertThat(done.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("119");
        assertThat(credits.refundRequestOf(request.getString("creditNote"))).isNull();
        assertThat(credits.entries(tenant.adminToken()).get(0).getString("refundStatus"))
                .isEqualTo("DONE");
        assertThat(audit())
                .extracting(e -> e.getString("action") + ":" + e.getString("detail"))
                .contains("refund.settled-by-hand:TRANSFERENCIA TRX-2026-0042");

        assertProblem(
                credits.settleByHand(
                        CreditCalls.billingStaff(), request.getString("id"), CreditCalls.transfer("TRX-2", today)),
                409,
                "/problems/conflict");
        assertThat(audit())
                .filteredOn(e -> e.getString("action").equals("refund.settled-by-hand"))
                .hasSize(1);
    }

    @Test
    void aRequestTheGatewayRefundedThoughItsAnswerWasLostIsNotRefundedAgainByHand() {
        String id = request.getString("id");
        int listingsBefore = StripeStub.refundListings().size();
        StripeStub.refundListed(id, "re_lost_" + tenant.code());
        try {
            Api.Reply refused =
                    credits.settleByHand(CreditCalls.billingStaff(), id, CreditCalls.transfer("TRX-7", today()));

            assertProblem(refused, 409, "/problems/conflict");
            assertThat(refused.json().getString("gatewayRefund")).isEqualTo("re_lost_" + tenant.code());
            assertThat(refused.json().getString("detail")).contains("ya devolvió", "re_lost_" + tenant.code());
            assertThat(StripeStub.refundListings()).hasSizeGreaterThan(listingsBefore);
            JsonObject still = credits.refundRequestOf(request.getString("creditNote"));
            assertThat(still).as("still pending, for the refund job to close").isNotNull();
            assertThat(still.getInt("attempts")).isEqualTo(request.getInt("attempts"));
            assertThat(audit()).noneMatch(e -> e.getString("action").equals("refund.settled-by-hand"));
        } finally {
            StripeStub.refundUnlisted(id);
        }

        Api.Reply closed = credits.settleByHand(CreditCalls.billingStaff(), id, CreditCalls.transfer("TRX-7", today()));
        assertThat(closed.status())
                .as("Stripe lists no refund for it: closed by hand")
                .isEqualTo(200);
    }

    @Test
    void theJobTakesTheRefundTheGatewayMadeOnAnEarlierAttemptInsteadOfRefundingAgain() {
        String id = request.getString("id");
        String lost = "re_lost_job_" + tenant.code();
        StripeStub.refundListed(id, lost);
        try {
            int refundCalls = StripeStub.refundCalls(tenant.code()).size();
            ItDatabase.refundDueNow(tenant.code(), id);

            Eventually.await(
                    () -> credits.entries(tenant.adminToken()).get(0).getString("refundStatus"),
                    "DONE"::equals,
                    "the refund of " + tenant.code() + " closed by the job");

            assertThat(ItDatabase.refundReference(tenant.code(), id)).isEqualTo(lost);
            assertThat(StripeStub.refundCalls(tenant.code()))
                    .as("no refund asked again")
                    .hasSize(refundCalls);
            assertThat(payments.payments(tenant.adminToken())
                            .get(0)
                            .getJsonNumber("refunded")
                            .bigDecimalValue())
                    .isEqualByComparingTo("119");
        } finally {
            StripeStub.refundUnlisted(id);
        }
    }

    @Test
    void aRequestTheGatewayHoldsRightNowIsAConflictAndStaysPending() {
        Api.Reply held = ItDatabase.whileRefundHeld(
                tenant.code(),
                request.getString("id"),
                () -> credits.settleByHand(
                        TestTenants.staffToken(Roles.PLATFORM_ADMIN),
                        request.getString("id"),
                        CreditCalls.transfer("TRX-9", today())));

        assertProblem(held, 409, "/problems/conflict");
        assertThat(held.body()).contains("pasarela");
        assertThat(credits.refundRequestOf(request.getString("creditNote"))).isNotNull();
        assertProblem(
                credits.settleByHand(
                        CreditCalls.billingStaff(),
                        "00000000-0000-0000-0000-000000000000",
                        CreditCalls.transfer("TRX-9", today())),
                404,
                "/problems/not-found");
    }

    @Test
    void onlyBillingStaffAndPlatformAdminsCloseByHandAndBadInputWritesNothing() {
        String id = request.getString("id");
        for (String role : List.of(Roles.SUPPORT_AGENT, Roles.ADVISOR)) {
            assertProblem(
                    credits.settleByHand(TestTenants.staffToken(role), id, CreditCalls.transfer("TRX-1", today())),
                    403,
                    "/problems/forbidden");
        }
        assertProblem(
                credits.settleByHand(tenant.adminToken(), id, CreditCalls.transfer("TRX-1", today())),
                403,
                "/problems/forbidden");
        assertThat(credits.settleByHand(null, id, CreditCalls.transfer("TRX-1", today()))
                        .status())
                .isEqualTo(401);

        String staff = CreditCalls.billingStaff();
        assertProblem(
                credits.settleByHand(staff, id, CreditCalls.transfer("   ", today())), 400, "/problems/validation");
        assertProblem(
                credits.settleByHand(staff, id, CreditCalls.transfer("x".repeat(101), today())),
                400,
                "/problems/validation");
        assertProblem(
                credits.settleByHand(
                        staff, id, CreditCalls.transfer("TRX-1", today()).add("method", "TARJETA")),
                400,
                "/problems/validation");
        assertProblem(
                credits.settleByHand(
                        staff,
                        id,
                        Json.createObjectBuilder().add("method", "CHEQUE").add("reference", "CH-1")),
                400,
                "/problems/validation");
        assertProblem(
                credits.settleByHand(
                        staff,
                        id,
                        CreditCalls.transfer(
                                "TRX-1", LocalDate.parse(today()).plusDays(2).toString())),
                400,
                "/problems/validation");
        assertProblem(
                credits.settleByHand(staff, id, CreditCalls.transfer("TRX-1", "2026-13-45")),
                400,
                "/problems/malformed-request");

        JsonObject still = credits.refundRequestOf(request.getString("creditNote"));
        assertThat(still).isEqualTo(request);
        assertThat(audit()).noneMatch(e -> e.getString("action").equals("refund.settled-by-hand"));
    }

    private List<JsonObject> audit() {
        return api.get(
                        "/api/v1/tenants/" + tenant.code() + "/audit-events?size=100",
                        TestTenants.staffToken(Roles.PLATFORM_ADMIN),
                        "X-Access-Reason",
                        "revisión de devoluciones")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    /** Today where the test tenant (Chile) lives. */
    private static String today() {
        return LocalDate.now(ZoneId.of("America/Santiago")).toString();
    }
}
