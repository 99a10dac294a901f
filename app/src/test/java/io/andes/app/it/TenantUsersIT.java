package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant users through the API with real Keycloak tokens: an invitation takes a USERS slot and creates the Keycloak
 * account (which mails the set-password link) together or not at all; deactivation frees the slot and disables the
 * account; another tenant's users and the staff roles are out of reach.
 */
class TenantUsersIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String CL_ADMIN = "admin@inmobiliaria-sur.cl";
    private static final String CL_ADMIN_ID = "0f1e0000-0000-4000-8000-000000000101";
    private static final String CL_USER_ID = "0f1e0000-0000-4000-8000-000000000102";
    private static final String CO_ADMIN = "admin@cafe-montana.co";

    private KeycloakAdmin keycloak;

    @BeforeEach
    void identityProvider() {
        keycloak = new KeycloakAdmin(ItEnvironment.keycloak().issuer());
    }

    @Test
    void realKeycloakTokenReadsItsOwnTenantsUsersAndQuotas() {
        String token = ItEnvironment.keycloak().passwordGrant(CL_ADMIN, PASSWORD);
        JsonObject users = api.get("/api/v1/users", token).json();
        assertThat(users.getJsonArray("items").toString()).contains(CL_ADMIN).doesNotContain(CO_ADMIN);
        assertThat(used(token, "USERS")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void invitationCreatesTheAccountTakesASlotAndMailsTheSetPasswordLink() {
        String token = ItEnvironment.keycloak().passwordGrant(CL_ADMIN, PASSWORD);
        int before = used(token, "USERS");
        String email = uniqueEmail("nueva");

        Api.Reply invited = invite(token, email, "tenant-user");

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(used(token, "USERS")).isEqualTo(before + 1);
        JsonObject account = keycloak.userByEmail(email).orElseThrow();
        assertThat(KeycloakAdmin.tenantOf(account)).isEqualTo("inmobiliaria-sur");
        assertThat(keycloak.realmRoles(account.getString("id"))).contains(Roles.TENANT_USER);
        assertThat(invited.json().getString("id")).isEqualTo(account.getString("id"));
        var mail = ItEnvironment.mail().awaitMessageTo(email, Duration.ofSeconds(30));
        assertThat(mail.text()).contains("http");
    }

    @Test
    void invitationBeyondTheUsersQuotaIsRefusedWithTheStoreAndCreatesNoAccount() {
        TestTenant tenant = TestTenants.create(api, "cupo", "basico");
        for (int i = 0; i < 5; i++) {
            assertThat(invite(tenant.adminToken(), uniqueEmail("lleno" + i), "tenant-user")
                            .status())
                    .isEqualTo(201);
        }
        String refusedEmail = uniqueEmail("sobra");

        Api.Reply refused = invite(tenant.adminToken(), refusedEmail, "tenant-user");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().getString("type")).endsWith("/quota-exceeded");
        assertThat(refused.json().getString("store")).contains("USERS");
        assertThat(keycloak.userByEmail(refusedEmail)).isEmpty();
        assertThat(used(tenant.adminToken(), "USERS")).isEqualTo(5);
    }

    @Test
    void whenTheSetPasswordMailCannotGoOutNothingIsLeftBehind() {
        TestTenant tenant = TestTenants.create(api, "sinmail", "basico");
        String email = uniqueEmail("sin-correo");
        ItEnvironment.mail().stop();
        Api.Reply refused;
        try {
            refused = invite(tenant.adminToken(), email, "tenant-user");
        } finally {
            ItEnvironment.mail().start();
        }
        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(keycloak.userByEmail(email)).isEmpty();
        assertThat(used(tenant.adminToken(), "USERS")).isZero();
        assertThat(api.get("/api/v1/users", tenant.adminToken()).json().getInt("total"))
                .isZero();
    }

    @Test
    void badInvitationsAreRefusedAndChangeNothing() {
        TestTenant tenant = TestTenants.create(api, "malos", "basico");
        String email = uniqueEmail("doble");
        assertThat(invite(tenant.adminToken(), email, "tenant-user").status()).isEqualTo(201);

        assertThat(invite(tenant.adminToken(), email, "tenant-user").status()).isEqualTo(409);
        assertThat(invite(tenant.adminToken(), email.toUpperCase(), "tenant-admin")
                        .status())
                .isEqualTo(409);
        Api.Reply malformed = invite(tenant.adminToken(), "no-es-un-correo", "tenant-user");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("email");
        Api.Reply staffRole = invite(tenant.adminToken(), uniqueEmail("staff"), "platform-admin");
        assertThat(staffRole.status()).isEqualTo(400);
        assertThat(staffRole.body()).contains("role");
        assertThat(invite(tenant.userToken(), uniqueEmail("usuario"), "tenant-user")
                        .status())
                .isEqualTo(403);

        assertThat(used(tenant.adminToken(), "USERS")).isEqualTo(1);
        String audit = api.get(
                        "/api/v1/tenants/" + tenant.code() + "/audit-events?size=100",
                        TestTenants.staffToken(Roles.PLATFORM_ADMIN),
                        "X-Access-Reason",
                        "test")
                .body();
        assertThat(audit).contains("user.role-refused").contains("user.invited");
        // the plain user's attempt at an administrator's route is in the tenant's audit log too
        assertThat(audit).contains("access.refused").contains("POST /api/v1/users");
    }

    @Test
    void anotherTenantsUsersCannotBeChangedOrDeactivated() {
        String foreignAdmin = ItEnvironment.keycloak().passwordGrant(CO_ADMIN, PASSWORD);
        String before = keycloak.realmRoles(CL_USER_ID).toString();

        assertThat(api.put("/api/v1/users/" + CL_USER_ID + "/role", foreignAdmin, "{\"role\":\"tenant-admin\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/users/" + CL_USER_ID + "/deactivation", foreignAdmin, "")
                        .status())
                .isEqualTo(404);
        assertThat(keycloak.realmRoles(CL_USER_ID).toString()).isEqualTo(before);
        assertThat(keycloak.userByEmail("usuario@inmobiliaria-sur.cl")
                        .orElseThrow()
                        .getBoolean("enabled"))
                .isTrue();
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        String token = ItEnvironment.keycloak().passwordGrant(CL_ADMIN, PASSWORD);
        assertThat(api.post("/api/v1/users/" + CL_ADMIN_ID + "/deactivation", token, "")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void roleChangeAndDeactivationReachKeycloakAndFreeTheSlot() {
        TestTenant tenant = TestTenants.create(api, "ciclo", "basico");
        String email = uniqueEmail("ciclo");
        String id = invite(tenant.adminToken(), email, "tenant-user").json().getString("id");

        Api.Reply promoted =
                api.put("/api/v1/users/" + id + "/role", tenant.adminToken(), "{\"role\":\"tenant-admin\"}");
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(keycloak.realmRoles(id)).contains(Roles.TENANT_ADMIN).doesNotContain(Roles.TENANT_USER);

        Api.Reply deactivated = api.post("/api/v1/users/" + id + "/deactivation", tenant.adminToken(), "");
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().getString("status")).isEqualTo("DEACTIVATED");
        assertThat(keycloak.userByEmail(email).orElseThrow().getBoolean("enabled"))
                .isFalse();
        assertThat(used(tenant.adminToken(), "USERS")).isZero();
        assertThat(api.post("/api/v1/users/" + id + "/deactivation", tenant.adminToken(), "")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void staffReadATenantsUsersOnlyWithAReason() {
        String staff = ItEnvironment.keycloak().passwordGrant("soporte@andes.dev", PASSWORD);
        assertThat(api.get("/api/v1/tenants/inmobiliaria-sur/users", staff).status())
                .isEqualTo(400);
        Api.Reply users = api.get("/api/v1/tenants/inmobiliaria-sur/users", staff, "X-Access-Reason", "ticket 42");
        assertThat(users.status()).as(users.toString()).isEqualTo(200);
        assertThat(users.body()).contains(CL_ADMIN);
        assertThat(api.get("/api/v1/users", staff).status()).isEqualTo(403);
    }

    private Api.Reply invite(String token, String email, String role) {
        return api.post(
                "/api/v1/users",
                token,
                """
                {"email":"%s","firstName":"Ana","lastName":"Pérez","role":"%s"}"""
                        .formatted(email, role));
    }

    private int used(String token, String type) {
        return api.get("/api/v1/entitlements/" + type, token).json().getInt("used");
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36) + "@prueba.cl";
    }
}
