package io.andes.app.it;

import static io.andes.app.it.StoreCalls.TWO_USERS_AND_A_DTE_PACK;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The renewal run's batch path (tenants whose add-on quantities do not change renew many to a transaction): with two
 * runs at once over several tenants, each still gets exactly one invoice per period equal to its preview, its
 * prorations charged once, its limits unchanged, and the numbers stay gapless.
 */
class RenewalBatchIT extends AndesIT {

    static final int TENANTS = 5;

    @Test
    void twoRunsAtOnceInvoiceEveryTenantOnceEqualToItsPreview() throws Exception {
        StoreCalls store = new StoreCalls(api);
        BillingCalls billing = new BillingCalls(api);
        List<TestTenant> tenants = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            TestTenant tenant = TestTenants.create(api, "batch-" + i, "basico");
            if (i % 2 == 0) {
                store.activated(tenant.adminToken(), "batch-buy-" + i, TWO_USERS_AND_A_DTE_PACK); // pending charges
            } else {
                store.page("/api/v1/store/subscription", tenant.adminToken()); // its subscription starts on first use
            }
            tenants.add(tenant);
        }
        List<JsonObject> previews = new ArrayList<>();
        List<Integer> usersLimits = new ArrayList<>();
        for (TestTenant tenant : tenants) {
            BillingCalls.periodEnded(tenant.code());
            previews.add(billing.ok("/api/v1/billing/next-invoice", tenant.adminToken()));
            usersLimits.add(store.limit(tenant.adminToken(), "USERS"));
        }

        List<Api.Reply> runs = Parallel.simultaneously(2, i -> billing.run());

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.status()).as(run.toString()).isEqualTo(201);
            assertThat(run.json().getInt("failed")).isZero();
        });
        for (int i = 0; i < TENANTS; i++) {
            TestTenant tenant = tenants.get(i);
            List<JsonObject> invoices = billing.invoices(tenant.adminToken());
            assertThat(invoices).as(tenant.code()).hasSize(1);
            JsonObject invoice =
                    billing.ok("/api/v1/billing/invoices/" + invoices.get(0).getString("number"), tenant.adminToken());
            JsonObject preview = previews.get(i);
            assertThat(invoice.getJsonArray("lines")).isEqualTo(preview.getJsonArray("lines"));
            for (String figure : List.of("net", "tax", "total", "taxPercent")) {
                assertThat(invoice.getJsonNumber(figure)).as(figure).isEqualTo(preview.getJsonNumber(figure));
            }
            assertThat(invoice.getString("periodStart")).isEqualTo(preview.getString("periodStart"));
            assertThat(invoice.getString("status")).isEqualTo("PENDIENTE");
            assertThat(store.page("/api/v1/store/pending-charges", tenant.adminToken())
                            .getInt("total"))
                    .isZero();
            assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(usersLimits.get(i));
            assertThat(LocalDate.parse(billing.ok("/api/v1/billing/next-invoice", tenant.adminToken())
                            .getString("periodStart")))
                    .isAfter(LocalDate.parse(invoice.getString("periodStart")));
        }
        int year = LocalDate.parse(
                        billing.invoices(tenants.get(0).adminToken()).get(0).getString("issueDate"))
                .getYear();
        List<Integer> sequences = BillingCalls.sequencesAndCounter(year);
        int counter = sequences.remove(sequences.size() - 1);
        assertThat(sequences)
                .isEqualTo(IntStream.rangeClosed(1, counter).boxed().toList());

        assertThat(billing.run().status()).isEqualTo(201);
        for (TestTenant tenant : tenants) {
            assertThat(billing.invoices(tenant.adminToken())).hasSize(1);
        }
    }
}
