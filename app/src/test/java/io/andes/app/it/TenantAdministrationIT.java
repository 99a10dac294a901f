package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.SyntheticTaxIds;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.domain.tenant.Country;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Platform staff onboard, find, suspend and reactivate tenants; every change is validated and audited. */
class TenantAdministrationIT extends AndesIT {

    String admin;

    @BeforeEach
    void staff() {
        admin = TestTenants.staffToken(Roles.PLATFORM_ADMIN);
    }

    @Test
    void colombianTenantGetsItsCountrysCurrencyAndTimeZoneAndTheNitIsNormalised() {
        String code = "co-" + System.nanoTime() % 1_000_000;
        Api.Reply created = api.post(
                "/api/v1/tenants",
                admin,
                """
                {"code":"%s","legalName":"  Café Andino S.A.S. ","country":"co","taxId":"%s","plan":"basico"}"""
                        .formatted(code, nit()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject tenant = created.json();
        assertThat(tenant.getString("country")).isEqualTo("CO");
        assertThat(tenant.getString("currency")).isEqualTo("COP");
        assertThat(tenant.getString("timeZone")).isEqualTo("America/Bogota");
        assertThat(tenant.getString("legalName")).isEqualTo("Café Andino S.A.S.");
        assertThat(tenant.getString("taxId")).matches("\\d{3}\\.\\d{3}\\.\\d{3}-\\d");
        assertThat(tenant.getString("status")).isEqualTo("ACTIVE");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/tenants/" + code);
    }

    @ParameterizedTest
    @CsvSource({
        "CL, 76.086.428-4, taxId", // wrong check digit
        "CL, 123, taxId", // garbage
        "CO, 900123456-7, taxId", // wrong DIAN digit
        "MX, ABC991332XX1, taxId", // no such date
        "AR, 20-12345678-9, country", // country not served
    })
    void invalidIdentityIsRefusedNamingTheField(String country, String taxId, String field) {
        Api.Reply reply = api.post(
                "/api/v1/tenants",
                admin,
                """
                {"code":"bad-%d","legalName":"X","country":"%s","taxId":"%s","plan":"basico"}"""
                        .formatted(System.nanoTime() % 1_000_000, country, taxId));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo(field);
    }

    @Test
    void missingFieldsUnknownPlanAndForeignCurrencyAreRefused() {
        Api.Reply empty = api.post("/api/v1/tenants", admin, "{}");
        Api.Reply plan = api.post("/api/v1/tenants", admin, body("plan-x", TestTenants.randomRut(), "oro", "CLP"));
        Api.Reply currency =
                api.post("/api/v1/tenants", admin, body("cur-x", TestTenants.randomRut(), "basico", "MXN"));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().getJsonArray("errors")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(plan.status()).isEqualTo(400);
        assertThat(currency.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/tenants?q=plan-x", admin).json().getInt("total"))
                .isZero();
    }

    @Test
    void duplicateCodeOrTaxIdIsAConflict() {
        String rut = TestTenants.randomRut();
        String code = "dup-" + System.nanoTime() % 1_000_000;
        assertThat(api.post("/api/v1/tenants", admin, body(code, rut, "basico", null))
                        .status())
                .isEqualTo(201);

        Api.Reply sameCode = api.post("/api/v1/tenants", admin, body(code, TestTenants.randomRut(), "basico", null));
        Api.Reply sameRut = api.post("/api/v1/tenants", admin, body(code + "b", rut, "basico", null));

        assertThat(sameCode.status()).isEqualTo(409);
        assertThat(sameRut.status()).isEqualTo(409);
        assertThat(sameRut.json().getString("detail")).contains("RUT");
    }

    @Test
    void onlyPlatformAdminsCreateTenantsButAllStaffCanSearch() {
        String support = TestTenants.staffToken(Roles.SUPPORT_AGENT);
        TestTenant tenant = TestTenants.create(api, "search", "basico");

        Api.Reply refused =
                api.post("/api/v1/tenants", support, body("nope-1", TestTenants.randomRut(), "basico", null));
        JsonObject found = api.get("/api/v1/tenants?q=" + tenant.code() + "&size=5", support)
                .json();

        assertThat(refused.status()).isEqualTo(403);
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(found.getJsonArray("items").getJsonObject(0).getString("code"))
                .isEqualTo(tenant.code());
    }

    @Test
    void suspendedTenantIsRefusedAtTheApiUntilReactivatedAndBothChangesAreAudited() {
        TestTenant tenant = TestTenants.create(api, "susp", "basico");
        String path = "/api/v1/tenants/" + tenant.code() + "/suspension";

        Api.Reply noReason = api.post(path, admin, "{}");
        Api.Reply suspended = api.post(path, admin, "{\"reason\":\"factura vencida 2026-10\"}");
        Api.Reply twice = api.post(path, admin, "{\"reason\":\"again\"}");
        Api.Reply whileSuspended = api.get("/api/v1/entitlements", tenant.userToken());
        Api.Reply reactivated = api.delete(path, admin, "X-Access-Reason", "pago recibido");
        Api.Reply afterwards = api.get("/api/v1/entitlements", tenant.userToken());

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(suspended.json().getString("status")).isEqualTo("SUSPENDED");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(whileSuspended.status()).isEqualTo(403);
        assertThat(whileSuspended.json().getString("type")).isEqualTo("/problems/tenant-not-active");
        assertThat(reactivated.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(afterwards.status()).isEqualTo(200);
        JsonObject audit = api.get(
                        "/api/v1/tenants/" + tenant.code() + "/audit-events", admin, "X-Access-Reason", "review")
                .json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + ":" + e.getString("detail"))
                .contains("tenant.suspended:factura vencida 2026-10", "tenant.reactivated:pago recibido");
    }

    @Test
    void unknownTenantCodeIsNotFoundForStaff() {
        assertThat(api.get("/api/v1/tenants/no-such-tenant", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tenants/NOT%20A%20CODE", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tenants/no-such-tenant/entitlements", admin, "X-Access-Reason", "x")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void plansAreListedWithTheirQuotas() {
        JsonObject basico = api.get("/api/v1/plans", admin).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("basico"))
                .findFirst()
                .orElseThrow();

        assertThat(basico.getJsonObject("included").getInt("USERS")).isEqualTo(5);
        assertThat(basico.getJsonObject("included").getInt("DTE_DOCUMENTS")).isEqualTo(100);
    }

    private static String body(String code, String taxId, String plan, String currency) {
        return """
                {"code":"%s","legalName":"%s SpA","country":"CL","taxId":"%s","plan":"%s"%s}"""
                .formatted(code, code, taxId, plan, currency == null ? "" : ",\"currency\":\"" + currency + "\"");
    }

    /** A valid Colombian NIT with a random nine-digit body. */
    private static String nit() {
        return SyntheticTaxIds.withCheckDigit(Country.CO, 800_000_000L + System.nanoTime() % 99_999_999L);
    }
}
