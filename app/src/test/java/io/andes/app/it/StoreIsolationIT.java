package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static io.andes.app.it.StoreCalls.TWO_USERS_AND_A_DTE_PACK;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tenants in the store: the intruder tries the victim's orders by id, its lists, its charges and its subscription;
 * every route answers with the caller's own data or 404, staff are refused, and the victim's store never changes.
 */
class StoreIsolationIT extends AndesIT {

    TestTenant victim;
    TestTenant intruder;
    StoreCalls store;
    JsonObject victimOrder;
    String victimBefore;

    @BeforeEach
    void twoTenants() {
        store = new StoreCalls(api);
        victim = TestTenants.create(api, "store-victim", "basico");
        intruder = TestTenants.create(api, "store-intruder", "basico");
        victimOrder = store.activated(victim.adminToken(), "shared-key", TWO_USERS_AND_A_DTE_PACK);
        victimBefore = store.storeState(victim.adminToken());
    }

    @AfterEach
    void victimUnchanged() {
        assertThat(store.storeState(victim.adminToken())).isEqualTo(victimBefore);
    }

    @Test
    void anotherTenantsOrderIsNotFound() {
        Api.Reply byId = api.get("/api/v1/store/orders/" + victimOrder.getString("id"), intruder.adminToken());
        Api.Reply byNumber = api.get("/api/v1/store/orders/O-000001", intruder.adminToken());

        assertProblem(byId, 404, "/problems/not-found");
        assertProblem(byNumber, 404, "/problems/not-found");
        assertThat(byId.body()).doesNotContain(victim.code());
    }

    @Test
    void listsChargesAndSubscriptionShowOnlyTheCallersOwn() {
        assertThat(store.page("/api/v1/store/orders", intruder.adminToken()).getInt("total"))
                .isZero();
        assertThat(store.page("/api/v1/store/pending-charges", intruder.adminToken())
                        .getInt("total"))
                .isZero();
        JsonObject subscription = store.page("/api/v1/store/subscription", intruder.adminToken());
        assertThat(subscription.getJsonArray("addOns")).isEmpty();
        assertThat(store.limit(intruder.adminToken(), "USERS")).isEqualTo(5);
        assertThat(store.page("/api/v1/store/products", intruder.adminToken())
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(product -> assertThat(product.getInt("owned")).isZero());
    }

    @Test
    void theSameIdempotencyKeyInAnotherTenantIsAnotherOrder() {
        JsonObject own = store.activated(intruder.adminToken(), "shared-key", TWO_USERS_AND_A_DTE_PACK);

        assertThat(own.getString("id")).isNotEqualTo(victimOrder.getString("id"));
        assertThat(own.getString("number")).isEqualTo("O-000001");
        assertThat(store.limit(intruder.adminToken(), "USERS")).isEqualTo(7);
        assertThat(store.page("/api/v1/store/orders/" + own.getString("id"), intruder.adminToken()))
                .isEqualTo(own);
    }

    @Test
    void loweringTouchesOnlyTheCallersSubscription() {
        Api.Reply lowered =
                api.put("/api/v1/store/subscription/add-ons/extra-user", intruder.adminToken(), "{\"quantity\":0}");

        assertThat(lowered.status()).as(lowered.toString()).isEqualTo(200);
        assertThat(lowered.json().getJsonArray("addOns")).isEmpty();
    }

    @Test
    void staffHaveNoStoreOfTheirOwn() {
        for (String role : new String[] {Roles.PLATFORM_ADMIN, Roles.BILLING_STAFF, Roles.SUPPORT_AGENT}) {
            String staff = TestTenants.staffToken(role);
            assertProblem(
                    api.get("/api/v1/store/orders/" + victimOrder.getString("id"), staff), 403, "/problems/forbidden");
            assertProblem(api.get("/api/v1/store/subscription", staff), 403, "/problems/forbidden");
            assertProblem(store.quote(staff, TWO_USERS_AND_A_DTE_PACK), 403, "/problems/forbidden");
        }
    }
}
