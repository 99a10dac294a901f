package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.MailCatcher.Mail;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The notification outbox with the real mail server of the test run (GreenMail): suspending or reactivating a tenant
 * mails its active administrators in the same transaction; while the mail server is down the change still commits
 * and the notices wait, visible to staff, then each arrives exactly once; a notice that keeps failing becomes FAILED
 * and goes out again only when staff retry it; staff see only the tenant of the URL and must say why. The run sets
 * {@code andes.outbox.poll-interval=1s} and {@code andes.outbox.max-attempts=3}.
 */
class OutboxIT extends AndesIT {

    private static final String SUSPENDED = "Cuenta suspendida / Account suspended: ";
    private static final String REACTIVATED = "Cuenta reactivada / Account reactivated: ";
    private static final String REASON = "X-Access-Reason";

    private final String platformAdmin = TestTenants.staffToken(Roles.PLATFORM_ADMIN);

    @Test
    void suspensionAndReactivationMailEveryActiveAdministratorOnceInSpanishAndEnglish() {
        TestTenant tenant = TestTenants.create(api, "aviso", "profesional");
        String first = invite(tenant, "jefa", "tenant-admin");
        String second = invite(tenant, "gerente", "tenant-admin");
        String plainUser = invite(tenant, "usuaria", "tenant-user");
        String formerAdmin = invite(tenant, "ex-jefe", "tenant-admin");
        deactivate(tenant, formerAdmin);

        assertThat(suspend(tenant.code(), "Factura vencida de marzo").status()).isEqualTo(200);

        Mail notice = Eventually.mail(first, SUSPENDED + tenant.code() + " SpA");
        Eventually.mail(second, SUSPENDED + tenant.code() + " SpA");
        assertThat(notice.from()).isEqualTo("no-reply@andes.dev");
        assertThat(notice.text())
                .contains("La cuenta de " + tenant.code() + " SpA en Andes fue suspendida.")
                .contains("Motivo: Factura vencida de marzo")
                .contains("no pueden ingresar al portal")
                .contains("soporte@andes.dev")
                .contains("The Andes account of " + tenant.code() + " SpA has been suspended.");
        assertThat(notice.html()).contains("<p lang=\"en\">");

        assertThat(reactivate(tenant.code(), "pago%20recibido").status()).isEqualTo(200);
        assertThat(Eventually.mail(first, REACTIVATED).text()).contains("fue reactivada");
        Eventually.mail(second, REACTIVATED);

        List<JsonObject> notifications = awaitNotifications(tenant.code(), all(4, "SENT"));
        assertThat(notifications).allSatisfy(n -> {
            assertThat(n.getString("channel")).isEqualTo("EMAIL");
            assertThat(n.getInt("attempts")).isEqualTo(1);
            assertThat(present(n, "sentAt")).isTrue();
            assertThat(present(n, "nextAttemptAt")).isFalse();
        });
        assertThat(notifications.get(0).getString("subject")).startsWith(REACTIVATED);
        assertThat(notifications.get(3).getString("subject")).startsWith(SUSPENDED);
        assertThat(notifications).extracting(n -> n.getString("recipient")).containsOnly(first, second);
        assertThat(noticesTo(plainUser, SUSPENDED) + noticesTo(plainUser, REACTIVATED))
                .isZero();
        assertThat(noticesTo(formerAdmin, SUSPENDED) + noticesTo(formerAdmin, REACTIVATED))
                .isZero();

        Api.Reply sent = retry(tenant.code(), notifications.get(0).getString("id"), platformAdmin);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(409);
        assertThat(sent.contentType()).startsWith("application/problem+json");
    }

    @Test
    void whileTheMailServerIsDownTheChangeCommitsAndTheNoticesWaitThenArriveExactlyOnce() throws Exception {
        TestTenant tenant = TestTenants.create(api, "caida", "profesional");
        String first = invite(tenant, "jefa", "tenant-admin");
        String second = invite(tenant, "gerente", "tenant-admin");

        ItEnvironment.mail().stop();
        try {
            assertThat(suspend(tenant.code(), "Mora de dos meses").status()).isEqualTo(200);
            assertThat(api.get("/api/v1/tenants/" + tenant.code(), platformAdmin)
                            .json()
                            .getString("status"))
                    .isEqualTo("SUSPENDED");

            List<JsonObject> waiting = awaitNotifications(
                    tenant.code(), list -> list.size() == 2 && list.stream().allMatch(n -> n.getInt("attempts") > 0));
            assertThat(waiting).allSatisfy(n -> {
                assertThat(n.getString("status")).isEqualTo("PENDING");
                assertThat(n.getString("lastError")).startsWith("SMTP:");
                assertThat(present(n, "nextAttemptAt")).isTrue();
                assertThat(present(n, "sentAt")).isFalse();
            });
        } finally {
            ItEnvironment.mail().start();
        }

        awaitNotifications(tenant.code(), all(2, "SENT"));
        Thread.sleep(3_000); // three more polls: nothing is sent twice
        assertThat(noticesTo(first, SUSPENDED)).isEqualTo(1);
        assertThat(noticesTo(second, SUSPENDED)).isEqualTo(1);
    }

    @Test
    void aNoticeThatKeepsFailingBecomesFailedAndGoesOutAgainOnlyWhenStaffRetryIt() throws Exception {
        TestTenant tenant = TestTenants.create(api, "fallo", "profesional");
        String admin = invite(tenant, "jefa", "tenant-admin");

        ItEnvironment.mail().stop();
        JsonObject failed;
        try {
            assertThat(suspend(tenant.code(), "Contrato en revisión").status()).isEqualTo(200);
            failed = awaitNotifications(tenant.code(), all(1, "FAILED")).get(0);
        } finally {
            ItEnvironment.mail().start();
        }
        assertThat(failed.getInt("attempts")).isEqualTo(3);
        assertThat(failed.getString("lastError")).startsWith("SMTP:");
        assertThat(present(failed, "nextAttemptAt")).isFalse();
        Thread.sleep(2_000);
        assertThat(noticesTo(admin, SUSPENDED)).isZero();

        String id = failed.getString("id");
        assertThat(retry(tenant.code(), id, TestTenants.staffToken(Roles.BILLING_STAFF))
                        .status())
                .isEqualTo(403);
        Api.Reply retried = retry(tenant.code(), id, TestTenants.staffToken(Roles.SUPPORT_AGENT));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        assertThat(retried.json().getString("status")).isEqualTo("PENDING");

        Eventually.mail(admin, SUSPENDED);
        JsonObject sent = awaitNotifications(tenant.code(), all(1, "SENT")).get(0);
        assertThat(sent.getInt("attempts")).isEqualTo(4);
        assertThat(retry(tenant.code(), id, platformAdmin).status()).isEqualTo(409);
    }

    @Test
    void staffSeeOnlyTheTenantOfTheUrlAndMustSayWhy() {
        TestTenant a = TestTenants.create(api, "ver-a", "profesional");
        TestTenant b = TestTenants.create(api, "ver-b", "profesional");
        invite(a, "jefa", "tenant-admin");
        invite(b, "jefa", "tenant-admin");
        suspend(a.code(), "Prueba de aislamiento");
        suspend(b.code(), "Prueba de aislamiento");
        List<JsonObject> ofA = awaitNotifications(a.code(), list -> list.size() == 1);
        String idOfB =
                awaitNotifications(b.code(), list -> list.size() == 1).get(0).getString("id");

        assertThat(ofA).extracting(n -> n.getString("id")).doesNotContain(idOfB);
        assertThat(ofA.get(0).getString("recipient")).endsWith("@" + a.code() + ".cl");
        Api.Reply foreign = retry(a.code(), idOfB, platformAdmin);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(retry(a.code(), "0190c3a0-0000-7000-8000-000000000000", platformAdmin)
                        .status())
                .isEqualTo(404);
        assertThat(retry(a.code(), "no-es-un-id", platformAdmin).status()).isEqualTo(404);
        assertThat(retry("no-existe", idOfB, platformAdmin).status()).isEqualTo(404);

        Api.Reply noReason = api.get(path(a.code()), platformAdmin);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(api.post(path(a.code()) + "/" + idOfB + "/retry", platformAdmin, "")
                        .status())
                .isEqualTo(400);
        assertThat(api.get(path(a.code()) + "?size=1000", platformAdmin, REASON, "x")
                        .status())
                .isEqualTo(400);
        assertThat(api.get(path(a.code()), a.adminToken(), REASON, "x").status())
                .isEqualTo(403);
        assertThat(api.get(path(a.code()), TestTenants.staffToken(Roles.ADVISOR), REASON, "x")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(path(a.code()), null, REASON, "x").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/tenants/" + a.code() + "/audit-events?size=100", platformAdmin, REASON, "x")
                        .body())
                .contains("staff.read-notifications");
    }

    private String invite(TestTenant tenant, String who, String role) {
        String email = who + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36) + "@"
                + tenant.code() + ".cl";
        Api.Reply invited = api.post(
                "/api/v1/users",
                tenant.adminToken(),
                """
                {"email":"%s","firstName":"Javiera","lastName":"Fuentes","role":"%s"}"""
                        .formatted(email, role));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        return email;
    }

    private void deactivate(TestTenant tenant, String email) {
        String id = api
                .get("/api/v1/users?size=100", tenant.adminToken())
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(u -> u.getString("email").equals(email))
                .findFirst()
                .orElseThrow()
                .getString("id");
        assertThat(api.post("/api/v1/users/" + id + "/deactivation", tenant.adminToken(), "")
                        .status())
                .isEqualTo(200);
    }

    private Api.Reply suspend(String code, String reason) {
        return api.post(
                "/api/v1/tenants/" + code + "/suspension", platformAdmin, "{\"reason\":\"%s\"}".formatted(reason));
    }

    private Api.Reply reactivate(String code, String encodedReason) {
        return api.delete("/api/v1/tenants/" + code + "/suspension", platformAdmin, REASON, encodedReason);
    }

    private Api.Reply retry(String code, String id, String token) {
        return api.post(path(code) + "/" + id + "/retry", token, "", REASON, "reintento%20de%20prueba");
    }

    private static String path(String code) {
        return "/api/v1/tenants/" + code + "/notifications";
    }

    private List<JsonObject> notifications(String code) {
        Api.Reply reply = api.get(path(code) + "?size=100", platformAdmin, REASON, "prueba%20del%20outbox");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private List<JsonObject> awaitNotifications(String code, Predicate<List<JsonObject>> done) {
        return Eventually.await(() -> notifications(code), done, "notifications of " + code);
    }

    private static Predicate<List<JsonObject>> all(int count, String status) {
        return list -> list.size() == count
                && list.stream().allMatch(n -> n.getString("status").equals(status));
    }

    private static long noticesTo(String email, String subjectPrefix) {
        return Eventually.mailsTo(email, subjectPrefix).size();
    }

    private static boolean present(JsonObject object, String key) {
        return object.containsKey(key) && object.get(key) != JsonValue.NULL;
    }
}
