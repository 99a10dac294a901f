package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant-admin buys "Soporte urgente" for a ticket: the ticket is urgent at once and the catalog price is a pending
 * charge of the next renewal, once per ticket and once per Idempotency-Key. When the paid urgent ticket misses its SLA,
 * a credit is proposed to billing staff, who accept it (a credit note to the balance) or reject it.
 */
class UrgentSupportIT extends AndesIT {

    static final String URGENT = "/api/v1/billing/urgent-support/";
    static final String PROPOSALS = CreditCalls.PROPOSALS;

    TestTenant tenant;
    DeskFixture desk;
    StoreCalls store;
    CreditCalls credits;
    String ticket;

    @BeforeEach
    void aTenantWithATicket() {
        tenant = TestTenants.create(api, "urgent", "basico"); // CLP: urgent support 35 000 net
        desk = new DeskFixture(api);
        store = new StoreCalls(api);
        credits = new CreditCalls(api);
        ticket = desk.open(tenant.userToken(), "El sistema no emite facturas");
    }

    @Test
    void theTicketIsUrgentAtOnceAndThePriceIsChargedOnTheNextRenewalOnce() {
        Api.Reply bought = buy(tenant.adminToken(), ticket, "urgent-1");

        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        assertThat(bought.json().getString("ticket")).isEqualTo(ticket);
        assertThat(bought.json().getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("35000");
        assertThat(bought.json().getString("mode")).isEqualTo("RENEWAL");
        assertThat(api.get(DeskFixture.TICKETS + "/" + ticket, tenant.userToken())
                        .json()
                        .getJsonObject("sla")
                        .getString("priority"))
                .isEqualTo("URGENT");
        assertThat(chargeLines()).hasSize(1);
        List<JsonObject> preview = store.page("/api/v1/billing/next-invoice", tenant.adminToken())
                .getJsonArray("lines")
                .getValuesAs(JsonObject.class);
        assertThat(preview).anySatisfy(line -> {
            assertThat(line.getString("description")).isEqualTo("Soporte urgente, ticket " + ticket);
            assertThat(line.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("35000");
        });

        Api.Reply replayed = buy(tenant.adminToken(), ticket, "urgent-1");
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replayed.json().getString("id")).isEqualTo(bought.json().getString("id"));
        assertProblem(buy(tenant.adminToken(), ticket, "urgent-2"), 409, "/problems/conflict");
        String second = desk.open(tenant.userToken(), "Otro problema");
        assertProblem(buy(tenant.adminToken(), second, "urgent-1"), 422, "/problems/idempotency-key-reused");
        assertThat(chargeLines()).hasSize(1);
        assertThat(store.page("/api/v1/billing/urgent-support", tenant.adminToken())
                        .getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void onlyTheTenantAdminBuysForItsOwnOpenTicket() {
        TestTenant other = TestTenants.create(api, "urgent-b", "basico");
        desk.open(tenant.userToken(), "Segundo ticket"); // T-000002 exists only here

        assertProblem(buy(tenant.userToken(), ticket, "u-1"), 403, "/problems/forbidden");
        assertProblem(buy(other.adminToken(), ticket, "u-2"), 404, "/problems/not-found");
        assertProblem(buy(other.adminToken(), "T-000002", "u-3"), 404, "/problems/not-found");
        assertThat(buy(tenant.adminToken(), ticket, null).status()).isEqualTo(400);
        assertProblem(
                api.post(URGENT + ticket + "?mode=CHARGE_NOW", tenant.adminToken(), "", "Idempotency-Key", "u-4"),
                409,
                "/problems/conflict"); // no card on file (UrgentSupportChargeIT charges one)
        assertThat(api.get("/api/v1/billing/urgent-support", other.adminToken())
                        .json()
                        .getInt("total"))
                .isZero();
        assertThat(chargeLines()).isEmpty();
        assertThat(api.get(DeskFixture.TICKETS + "/" + ticket, tenant.userToken())
                        .json()
                        .getJsonObject("sla")
                        .getString("priority"))
                .isEqualTo("NORMAL");
    }

    @Test
    void aMissedUrgentSlaProposesACreditThatStaffAcceptOnce() {
        JsonObject proposal = credits.missedUrgentProposal(tenant, ticket, "late-1");

        assertThat(proposal.getString("status")).isEqualTo("PROPUESTA");
        assertThat(proposal.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("35000");
        assertThat(api.get(PROPOSALS, tenant.adminToken()).status()).isEqualTo(403);
        String decide = "/api/v1/billing/tenants/" + tenant.code() + "/credit-proposals/" + proposal.getString("id");
        TestTenant other = TestTenants.create(api, "urgent-c", "basico");
        assertThat(api.post(
                                "/api/v1/billing/tenants/" + other.code() + "/credit-proposals/"
                                        + proposal.getString("id") + "/accept",
                                CreditCalls.billingStaff(),
                                "{\"reason\":\"otro cliente\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(decide + "/accept", TestTenants.staffToken(Roles.SUPPORT_AGENT), "{\"reason\":\"x\"}")
                        .status())
                .isEqualTo(403);

        Api.Reply accepted =
                api.post(decide + "/accept", CreditCalls.billingStaff(), "{\"reason\":\"SLA urgente incumplido\"}");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("ACEPTADA");
        assertThat(credits.balance(tenant.adminToken())).isEqualByComparingTo("35000");
        assertThat(credits.notes(tenant.adminToken())).singleElement().satisfies(note -> {
            assertThat(note.getString("kind")).isEqualTo("SLA_URGENTE");
            assertThat(note.getString("ticket")).isEqualTo(ticket);
        });
        assertProblem(
                api.post(decide + "/reject", CreditCalls.billingStaff(), "{\"reason\":\"cambio de idea\"}"),
                409,
                "/problems/conflict");
        assertThat(credits.balance(tenant.adminToken())).isEqualByComparingTo("35000");
    }

    @Test
    void aRejectedProposalGrantsNothingAndSaysWhy() {
        JsonObject proposal = credits.missedUrgentProposal(tenant, ticket, "late-2");
        String decide = "/api/v1/billing/tenants/" + tenant.code() + "/credit-proposals/" + proposal.getString("id");
        assertThat(api.post(decide + "/reject", CreditCalls.billingStaff(), "{}")
                        .status())
                .isEqualTo(400);

        Api.Reply rejected = api.post(
                decide + "/reject", CreditCalls.billingStaff(), "{\"reason\":\"El cliente no respondio a tiempo\"}");

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().getString("status")).isEqualTo("RECHAZADA");
        assertThat(rejected.json().getString("decisionReason")).isEqualTo("El cliente no respondio a tiempo");
        assertThat(credits.proposalOf(tenant, ticket))
                .as("no longer awaiting staff")
                .isNull();
        assertThat(credits.notes(tenant.adminToken())).isEmpty();
        assertThat(credits.balance(tenant.adminToken())).isEqualByComparingTo("0");
        assertProblem(
                api.post(decide + "/accept", CreditCalls.billingStaff(), "{\"reason\":\"otra vez\"}"),
                409,
                "/problems/conflict");
    }

    private Api.Reply buy(String token, String number, String key) {
        return key == null
                ? api.post(URGENT + number, token, "")
                : api.post(URGENT + number, token, "", "Idempotency-Key", key);
    }

    private List<JsonObject> chargeLines() {
        return store.page("/api/v1/store/pending-charges", tenant.adminToken())
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }
}
