package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entitlements API as the vendor's products use it, and the staff's audited view of it. */
class EntitlementsApiIT extends AndesIT {

    TestTenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = TestTenants.create(api, "ent", "basico");
    }

    @Test
    void newTenantHasThePlansQuotasWithNothingUsed() {
        Api.Reply reply = api.get("/api/v1/entitlements", tenant.userToken());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("type"), e -> e.getInt("limit"), e -> e.getInt("used"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("USERS", 5, 0),
                        org.assertj.core.groups.Tuple.tuple("DTE_DOCUMENTS", 100, 0),
                        org.assertj.core.groups.Tuple.tuple("WORKERS", 10, 0),
                        org.assertj.core.groups.Tuple.tuple("LEGAL_ENTITIES", 1, 0));
    }

    @Test
    void quotaNamesFollowTheClientsLanguage() {
        String spanish = api.get("/api/v1/entitlements/WORKERS", tenant.userToken())
                .json()
                .getString("name");
        String english = api.get("/api/v1/entitlements/WORKERS", tenant.userToken(), "Accept-Language", "en")
                .json()
                .getString("name");

        assertThat(spanish).isEqualTo("Trabajadores");
        assertThat(english).isEqualTo("Workers");
    }

    @Test
    void monthlyQuotaShowsTheCurrentMonthInTheTenantsTimeZone() {
        JsonObject dte = api.get("/api/v1/entitlements/dte-documents", tenant.userToken())
                .json();

        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));
        assertThat(dte.getString("periodStart"))
                .isEqualTo(today.withDayOfMonth(1).toString());
        assertThat(dte.getString("periodEnd"))
                .isEqualTo(today.withDayOfMonth(today.lengthOfMonth()).toString());
        assertThat(api.get("/api/v1/entitlements/USERS", tenant.userToken())
                        .json()
                        .containsKey("periodStart"))
                .isFalse();
    }

    @Test
    void consumptionTakesUnitsAndAnswersWithTheReceipt() {
        Api.Reply reply = consume("WORKERS", 4, "w-1");

        assertThat(reply.status()).isEqualTo(201);
        JsonObject receipt = reply.json();
        assertThat(receipt.getInt("used")).isEqualTo(4);
        assertThat(receipt.getInt("available")).isEqualTo(6);
        assertThat(receipt.getString("actor")).startsWith("user@" + tenant.code());
        assertThat(reply.headers().firstValue("Location").orElseThrow())
                .endsWith("/api/v1/entitlement-movements/" + receipt.getString("id"));
        assertThat(api.get("/api/v1/entitlements/WORKERS", tenant.userToken())
                        .json()
                        .getInt("used"))
                .isEqualTo(4);
    }

    @Test
    void sameKeyTwiceConsumesOnceAndAnswersTheSame() {
        Api.Reply first = consume("WORKERS", 2, "same-key");
        Api.Reply second = consume("WORKERS", 2, "same-key");

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(api.get("/api/v1/entitlements/WORKERS", tenant.userToken())
                        .json()
                        .getInt("used"))
                .isEqualTo(2);
    }

    @Test
    void sameKeyWithAnotherQuantityIsRefused() {
        consume("WORKERS", 2, "reused");

        Api.Reply reply = consume("WORKERS", 3, "reused");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().getString("type")).isEqualTo("/problems/idempotency-key-reused");
        assertThat(api.get("/api/v1/entitlements/WORKERS", tenant.userToken())
                        .json()
                        .getInt("used"))
                .isEqualTo(2);
    }

    @Test
    void fullQuotaIsRefusedWith409NamingTheQuotaAndTheStore() {
        consume("LEGAL_ENTITIES", 1, "le-1");

        Api.Reply refused = consume("LEGAL_ENTITIES", 1, "le-2");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonObject problem = refused.json();
        assertThat(problem.getString("type")).isEqualTo("/problems/quota-exceeded");
        assertThat(problem.getString("entitlement")).isEqualTo("LEGAL_ENTITIES");
        assertThat(problem.getInt("limit")).isEqualTo(1);
        assertThat(problem.getInt("used")).isEqualTo(1);
        assertThat(problem.getString("store")).contains("LEGAL_ENTITIES");
        assertThat(problem.getString("detail")).contains("razones sociales");
    }

    @Test
    void releaseGivesUnitsBackButNeverMoreThanUsed() {
        consume("USERS", 3, "u-1");

        Api.Reply released = api.post(
                "/api/v1/entitlements/USERS/releases",
                tenant.adminToken(),
                "{\"quantity\":2}",
                "Idempotency-Key",
                "r-1");
        Api.Reply tooMuch = api.post(
                "/api/v1/entitlements/USERS/releases",
                tenant.adminToken(),
                "{\"quantity\":2}",
                "Idempotency-Key",
                "r-2");

        assertThat(released.status()).isEqualTo(201);
        assertThat(released.json().getInt("used")).isEqualTo(1);
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().getString("type")).isEqualTo("/problems/release-exceeds-usage");
        assertThat(api.get("/api/v1/entitlements/USERS", tenant.userToken())
                        .json()
                        .getInt("used"))
                .isEqualTo(1);
    }

    @Test
    void ledgerListsMovementsNewestFirstInPages() {
        for (int i = 0; i < 5; i++) {
            consume("DTE_DOCUMENTS", 1, "dte-" + i);
        }

        JsonObject page = api.get("/api/v1/entitlement-movements?type=DTE_DOCUMENTS&page=1&size=2", tenant.userToken())
                .json();

        assertThat(page.getInt("total")).isEqualTo(5);
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(m -> m.getInt("used"))
                .containsExactly(3, 2);
        String id = page.getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(api.get("/api/v1/entitlement-movements/" + id, tenant.userToken())
                        .json()
                        .getInt("used"))
                .isEqualTo(3);
    }

    @Test
    void pageSizeAbove100IsRefused() {
        Api.Reply reply = api.get("/api/v1/entitlement-movements?size=101", tenant.userToken());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("size");
    }

    @Test
    void staffReadTenantsQuotasOnlyWithAReasonAndTheAccessIsAudited() {
        consume("WORKERS", 7, "staff-view");
        String support = TestTenants.staffToken(Roles.SUPPORT_AGENT);

        Api.Reply withoutReason = api.get("/api/v1/tenants/" + tenant.code() + "/entitlements", support);
        Api.Reply withReason = api.get(
                "/api/v1/tenants/" + tenant.code() + "/entitlements",
                support,
                "X-Access-Reason",
                "ticket%204711%3A%20revisi%C3%B3n");

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withReason.status()).isEqualTo(200);
        assertThat(withReason.jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("type").equals("WORKERS"))
                .extracting(e -> e.getInt("used"))
                .containsExactly(7);
        JsonObject audit = api.get(
                        "/api/v1/tenants/" + tenant.code() + "/audit-events",
                        TestTenants.staffToken(Roles.PLATFORM_ADMIN),
                        "X-Access-Reason",
                        "audit review")
                .json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("staff.read-entitlements");
            assertThat(e.getString("actor")).startsWith("support-agent@andes.test");
            assertThat(e.getString("detail")).isEqualTo("ticket 4711: revisión");
            assertThat(e.getString("address")).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void staffChangeOfALimitIsAppliedAndAudited() {
        Api.Reply changed = api.put(
                "/api/v1/tenants/" + tenant.code() + "/entitlements/USERS",
                TestTenants.staffToken(Roles.BILLING_STAFF),
                "{\"additional\":3,\"reason\":\"compra 991\"}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/entitlements/USERS", tenant.userToken())
                        .json()
                        .getInt("limit"))
                .isEqualTo(8);
        JsonObject audit = api.get(
                        "/api/v1/tenants/" + tenant.code() + "/audit-events",
                        TestTenants.staffToken(Roles.PLATFORM_ADMIN),
                        "X-Access-Reason",
                        "review")
                .json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .contains("entitlement.limit-changed", "staff.change-entitlement", "tenant.created");
    }

    private Api.Reply consume(String type, int quantity, String key) {
        return api.post(
                "/api/v1/entitlements/" + type + "/consumptions",
                tenant.userToken(),
                "{\"quantity\":" + quantity + "}",
                "Idempotency-Key",
                key);
    }
}
