package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tenants, each trying to read, list, search and change the other's quotas and ledger by every route. The tenant
 * is the token's; other tenants' ids give 404, staff routes give 403, and nothing changes for the victim.
 */
class TenantIsolationIT extends AndesIT {

    TestTenant victim;
    TestTenant intruder;
    String victimMovement;
    String victimUsageBefore;

    @BeforeEach
    void twoTenants() {
        victim = TestTenants.create(api, "victim", "basico");
        intruder = TestTenants.create(api, "intruder", "basico");
        Api.Reply consumed = api.post(
                "/api/v1/entitlements/WORKERS/consumptions",
                victim.userToken(),
                "{\"quantity\":3}",
                "Idempotency-Key",
                "victim-key");
        assertThat(consumed.status()).isEqualTo(201);
        victimMovement = consumed.json().getString("id");
        victimUsageBefore = quotasAndLedger(victim.userToken());
    }

    @AfterEach
    void victimUnchanged() {
        assertThat(quotasAndLedger(victim.userToken())).isEqualTo(victimUsageBefore);
    }

    @Test
    void anotherTenantsMovementIdIsNotFound() {
        Api.Reply reply = api.get("/api/v1/entitlement-movements/" + victimMovement, intruder.adminToken());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain(victim.code());
    }

    @Test
    void listsAndSearchesShowOnlyTheCallersOwnRows() {
        JsonObject movements =
                api.get("/api/v1/entitlement-movements", intruder.adminToken()).json();
        JsonObject byType = api.get("/api/v1/entitlement-movements?type=WORKERS", intruder.adminToken())
                .json();
        JsonObject workers =
                api.get("/api/v1/entitlements/WORKERS", intruder.adminToken()).json();

        assertThat(movements.getInt("total")).isZero();
        assertThat(byType.getInt("total")).isZero();
        assertThat(workers.getInt("used")).isZero();
    }

    @Test
    void tenantInUrlHeaderOrBodyIsIgnored() {
        String token = intruder.adminToken();
        String query = "/api/v1/entitlements/WORKERS?tenant=" + victim.code();

        JsonObject viaQuery = api.get(query, token).json();
        JsonObject viaHeader = api.get("/api/v1/entitlements/WORKERS", token, "X-Tenant", victim.code())
                .json();
        Api.Reply viaBody = api.post(
                "/api/v1/entitlements/WORKERS/consumptions",
                token,
                "{\"quantity\":1,\"tenant\":\"" + victim.code() + "\"}",
                "Idempotency-Key",
                "body-tenant");

        assertThat(viaQuery.getInt("used")).isZero();
        assertThat(viaHeader.getInt("used")).isZero();
        assertThat(viaBody.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/entitlements/WORKERS", token).json().getInt("used"))
                .isEqualTo(1);
    }

    @Test
    void reusingTheOtherTenantsIdempotencyKeyTouchesOnlyTheCaller() {
        Api.Reply reply = api.post(
                "/api/v1/entitlements/WORKERS/consumptions",
                intruder.userToken(),
                "{\"quantity\":3}",
                "Idempotency-Key",
                "victim-key");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().getString("id")).isNotEqualTo(victimMovement);
        assertThat(reply.headers().firstValue("Idempotent-Replayed")).contains("false");
    }

    @Test
    void tenantPeopleCannotUseStaffRoutesOnAnyTenant() {
        String token = intruder.adminToken();
        String victimPath = "/api/v1/tenants/" + victim.code();
        List<Api.Reply> replies = List.of(
                api.get("/api/v1/tenants", token),
                api.get("/api/v1/tenants?q=" + victim.code(), token),
                api.get(victimPath, token),
                api.get(victimPath + "/entitlements", token, "X-Access-Reason", "curiosity"),
                api.get(victimPath + "/audit-events", token, "X-Access-Reason", "curiosity"),
                api.put(victimPath + "/entitlements/WORKERS", token, "{\"additional\":0,\"reason\":\"x\"}"),
                api.post(victimPath + "/suspension", token, "{\"reason\":\"x\"}"),
                api.delete(victimPath + "/suspension", token, "X-Access-Reason", "x"),
                api.post("/api/v1/tenants", token, "{}"));

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        });
    }

    @Test
    void releasingIntoTheOtherTenantIsImpossible() {
        Api.Reply reply = api.post(
                "/api/v1/entitlements/WORKERS/releases",
                intruder.userToken(),
                "{\"quantity\":3}",
                "Idempotency-Key",
                "steal-release");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getString("type")).isEqualTo("/problems/release-exceeds-usage");
    }
}
