package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Billing staff settle a cancellation from its ticket: the preview shows the unused prepaid days credited and the
 * pending charges invoiced (with the balance used on them), the execution settles exactly that once, the subscription
 * ends and the tenant is CANCELLED while its data stay readable by staff. Bad requests change nothing.
 */
class CancellationSettlementIT extends AndesIT {

    TestTenant tenant;
    DeskFixture desk;
    StoreCalls store;
    BillingCalls billing;
    String cancellation;

    @BeforeEach
    void aRenewedTenantWithAPendingChargeAndACancellation() {
        tenant = TestTenants.create(api, "baja", "basico"); // CLP 29 900 a month, 19 %
        desk = new DeskFixture(api);
        store = new StoreCalls(api);
        billing = new BillingCalls(api);
        cancellation = CreditCalls.cancellationToSettle(api, tenant);
    }

    @Test
    void thePreviewIsWhatTheSettlementExecutesOnce() {
        JsonObject preview = settlement(tenant.code(), cancellation);

        assertThat(preview.getBoolean("executed")).isFalse();
        LocalDate start = LocalDate.parse(preview.getString("periodStart"));
        LocalDate end = LocalDate.parse(preview.getString("periodEnd"));
        LocalDate effective = LocalDate.parse(preview.getString("effectiveDate"));
        long unused = ChronoUnit.DAYS.between(effective, end);
        long days = ChronoUnit.DAYS.between(start, end);
        BigDecimal credit = new BigDecimal("29900")
                .multiply(BigDecimal.valueOf(unused))
                .divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP);
        assertThat(amount(preview, "credit")).isEqualByComparingTo(credit);
        JsonObject line = preview.getJsonArray("credits").getJsonObject(0);
        assertThat(line.getString("description")).startsWith("Plan Básico, " + unused + "/" + days + " días no usados");
        BigDecimal charges = amount(preview, "pendingCharges");
        assertThat(charges).isPositive();
        assertThat(amount(preview, "balanceApplied")).isEqualByComparingTo(charges.min(credit));

        Api.Reply executed = execute(tenant.code(), cancellation, false);

        assertThat(executed.status()).as(executed.toString()).isEqualTo(201);
        JsonObject settled = executed.json();
        assertThat(settled.getBoolean("executed")).isTrue();
        for (String figure : List.of("credit", "pendingCharges", "balanceApplied")) {
            assertThat(amount(settled, figure)).as(figure).isEqualByComparingTo(amount(preview, figure));
        }
        assertThat(settled.getString("creditNote")).startsWith("NC-");
        assertThat(settled.getString("invoice")).startsWith("F-");
        assertProblem(api.get("/api/v1/billing/invoices", tenant.adminToken()), 403, "/problems/tenant-not-active");
        assertThat(desk.staffView(tenant.code(), cancellation).getString("number"))
                .isEqualTo(cancellation);

        assertProblem(execute(tenant.code(), cancellation, false), 409, "/problems/conflict");
        JsonObject after = settlement(tenant.code(), cancellation);
        assertThat(after.getBoolean("executed")).isTrue();
        assertThat(after.getString("creditNote")).isEqualTo(settled.getString("creditNote"));
        assertThat(billing.run().status()).isEqualTo(201);
        BillingCalls.periodEnded(tenant.code());
        assertThat(billing.run().json().getInt("failed")).isZero();
        assertThat(after.getString("invoice")).isEqualTo(settled.getString("invoice"));
    }

    @Test
    void badSettlementsAreRefusedAndChangeNothing() {
        TestTenant other = TestTenants.create(api, "baja-b", "basico");
        String support = desk.open(tenant.userToken(), "Consulta técnica");

        assertProblem(execute(tenant.code(), support, false), 409, "/problems/conflict");
        assertProblem(execute(other.code(), cancellation, false), 404, "/problems/not-found");
        assertProblem(execute(tenant.code(), cancellation, true), 409, "/problems/conflict"); // its invoice is not paid
        assertThat(api.post(
                                path(tenant.code(), cancellation),
                                TestTenants.staffToken(Roles.SUPPORT_AGENT),
                                "{\"reason\":\"baja\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(path(tenant.code(), cancellation), tenant.adminToken(), "{\"reason\":\"baja\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(path(tenant.code(), cancellation), CreditCalls.billingStaff(), "{}")
                        .status())
                .isEqualTo(400);

        assertThat(api.get("/api/v1/billing/invoices", tenant.adminToken()).status())
                .isEqualTo(200);
        assertThat(settlement(tenant.code(), cancellation).getBoolean("executed"))
                .isFalse();
        assertThat(store.page("/api/v1/store/pending-charges", tenant.adminToken())
                        .getInt("total"))
                .isEqualTo(1);
    }

    private JsonObject settlement(String code, String ticket) {
        Api.Reply reply = api.get(path(code, ticket), CreditCalls.billingStaff());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private Api.Reply execute(String code, String ticket, boolean refund) {
        return api.post(
                path(code, ticket),
                CreditCalls.billingStaff(),
                "{\"reason\":\"Baja solicitada por el cliente\",\"refund\":" + refund + "}");
    }

    private static String path(String code, String ticket) {
        return "/api/v1/billing/tenants/" + code + "/cancellations/" + ticket + "/settlement";
    }

    private static BigDecimal amount(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue();
    }
}
