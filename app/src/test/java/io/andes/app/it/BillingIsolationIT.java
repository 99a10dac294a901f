package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static io.andes.app.it.StoreCalls.TWO_USERS_AND_A_DTE_PACK;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tenants in billing: the intruder tries the victim's invoice and its PDF by number, and its own lists show only
 * its own; a plain tenant-user, staff and tenant-admins each reach only the routes of their role; the victim's
 * invoices never change.
 */
class BillingIsolationIT extends AndesIT {

    TestTenant victim;
    TestTenant intruder;
    BillingCalls billing;
    String victimNumber;
    String victimBefore;

    @BeforeEach
    void victimWithAnInvoice() {
        billing = new BillingCalls(api);
        victim = TestTenants.create(api, "billing-victim", "basico");
        intruder = TestTenants.create(api, "billing-intruder", "basico");
        new StoreCalls(api).activated(victim.adminToken(), "key-1", TWO_USERS_AND_A_DTE_PACK);
        BillingCalls.periodEnded(victim.code());
        assertThat(billing.run().status()).isEqualTo(201);
        victimNumber = billing.invoices(victim.adminToken()).get(0).getString("number");
        victimBefore = state(victim.adminToken());
    }

    @AfterEach
    void victimUnchanged() {
        assertThat(state(victim.adminToken())).isEqualTo(victimBefore);
    }

    @Test
    void anotherTenantsInvoiceAndPdfAreNotFound() {
        Api.Reply invoice = api.get("/api/v1/billing/invoices/" + victimNumber, intruder.adminToken());
        var pdf = billing.pdf(victimNumber, intruder.adminToken());

        assertProblem(invoice, 404, "/problems/not-found");
        assertThat(invoice.body()).doesNotContain(victim.code());
        assertThat(pdf.statusCode()).isEqualTo(404);
        assertThat(billing.invoices(intruder.adminToken())).isEmpty();
        assertThat(billing.ok("/api/v1/billing/next-invoice", intruder.adminToken())
                        .getJsonArray("lines")
                        .size())
                .isEqualTo(1); // only its own plan: none of the victim's add-ons or prorations
    }

    @Test
    void unknownAndMalformedNumbersAreNotFound() {
        for (String number : new String[] {"F-2026-999999", "nada", "F-0000-000001", "%27%20OR%201%3D1"}) {
            assertProblem(
                    api.get("/api/v1/billing/invoices/" + number, victim.adminToken()), 404, "/problems/not-found");
        }
    }

    @Test
    void aPlainTenantUserIsRefusedEveryBillingRoute() {
        for (String path : new String[] {
            "/api/v1/billing/invoices",
            "/api/v1/billing/invoices/" + victimNumber,
            "/api/v1/billing/account",
            "/api/v1/billing/next-invoice",
            "/api/v1/billing/billing-data"
        }) {
            assertProblem(api.get(path, victim.userToken()), 403, "/problems/forbidden");
        }
        assertThat(billing.pdf(victimNumber, victim.userToken()).statusCode()).isEqualTo(403);
        assertProblem(
                api.put(
                        "/api/v1/billing/billing-data",
                        victim.userToken(),
                        "{\"legalName\":\"X\",\"taxId\":\"76.086.428-5\",\"email\":\"a@b.cl\"}"),
                403,
                "/problems/forbidden");
    }

    @Test
    void tenantsCannotRunRenewalsAndStaffHaveNoInvoicesOfTheirOwn() {
        assertProblem(api.post("/api/v1/billing/renewal-runs", victim.adminToken(), ""), 403, "/problems/forbidden");
        assertProblem(api.get("/api/v1/billing/renewal-runs", victim.adminToken()), 403, "/problems/forbidden");
        for (String role : new String[] {Roles.SUPPORT_AGENT, Roles.ADVISOR}) {
            assertProblem(
                    api.post("/api/v1/billing/renewal-runs", TestTenants.staffToken(role), ""),
                    403,
                    "/problems/forbidden");
        }
        assertProblem(
                api.get("/api/v1/billing/invoices/" + victimNumber, TestTenants.staffToken(Roles.BILLING_STAFF)),
                403,
                "/problems/forbidden");
    }

    @Test
    void voidingNamesTheTenantAndAnotherTenantsNumberIsNotFound() {
        Api.Reply wrongTenant = api.post(
                "/api/v1/billing/tenants/" + intruder.code() + "/invoices/" + victimNumber + "/void",
                TestTenants.staffToken(Roles.BILLING_STAFF),
                "{\"reason\":\"prueba\"}");

        assertProblem(wrongTenant, 404, "/problems/not-found");
    }

    private String state(String token) {
        return api.get("/api/v1/billing/invoices", token).body() + " / "
                + api.get("/api/v1/billing/invoices/" + victimNumber, token).body();
    }
}
