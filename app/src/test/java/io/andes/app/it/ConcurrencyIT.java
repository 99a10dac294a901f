package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many clients at the same instant: the limit holds exactly, a retried key is applied once, and a new tenant's first
 * numbers are handed out once each.
 */
class ConcurrencyIT extends AndesIT {

    TestTenant tenant;

    @BeforeEach
    void tenantWithFiftyWorkers() {
        tenant = TestTenants.create(api, "conc", "profesional"); // profesional includes 50 workers
    }

    @Test
    void sixtyFourConcurrentConsumptionsAgainstFiftyLeaveExactlyFiftyUsed() throws Exception {
        List<Api.Reply> replies = Parallel.simultaneously(64, i -> consume("worker-" + i));

        Map<Integer, Long> byStatus =
                replies.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 50L, 409, 14L));
        assertThat(replies)
                .filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.json().getString("type")).isEqualTo("/problems/quota-exceeded"));
        assertThat(api.get("/api/v1/entitlements/WORKERS", tenant.userToken())
                        .json()
                        .getInt("used"))
                .isEqualTo(50);
        assertThat(api.get("/api/v1/entitlement-movements", tenant.userToken())
                        .json()
                        .getInt("total"))
                .isEqualTo(50);
    }

    @Test
    void sameKeyReplayedTenTimesInParallelConsumesOnce() throws Exception {
        List<Api.Reply> replies = Parallel.simultaneously(10, i -> consume("one-and-only"));

        assertThat(replies)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(replies.stream().map(r -> r.json().getString("id")).distinct())
                .hasSize(1);
        assertThat(replies.stream().map(Api.Reply::body).distinct()).hasSize(1);
        assertThat(replies)
                .filteredOn(r ->
                        r.headers().firstValue("Idempotent-Replayed").orElse("").equals("false"))
                .hasSize(1);
        assertThat(api.get("/api/v1/entitlements/WORKERS", tenant.userToken())
                        .json()
                        .getInt("used"))
                .isEqualTo(1);
        assertThat(api.get("/api/v1/entitlement-movements", tenant.userToken())
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void aNewTenantsFirstTicketsOpenedAtOnceAllGetTheirOwnNumber() throws Exception {
        List<Api.Reply> replies = Parallel.simultaneously(
                8,
                i -> api.post(
                        "/api/v1/tickets",
                        tenant.userToken(),
                        "{\"serviceCode\":\"erp\",\"categoryId\":102,\"subject\":\"Primer ticket " + i
                                + "\",\"description\":\"Abierto a la vez que otros siete.\"}"));

        assertThat(replies)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(replies.stream().map(r -> r.json().getString("number")))
                .containsExactlyInAnyOrder(
                        "T-000001", "T-000002", "T-000003", "T-000004", "T-000005", "T-000006", "T-000007", "T-000008");
    }

    private Api.Reply consume(String key) {
        return api.post(
                "/api/v1/entitlements/WORKERS/consumptions",
                tenant.userToken(),
                "{\"quantity\":1}",
                "Idempotency-Key",
                key);
    }
}
