package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static io.andes.app.it.StoreCalls.TWO_USERS_AND_A_DTE_PACK;
import static io.andes.app.it.StoreCalls.amount;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store end to end: a tenant-admin quotes add-ons, activates them (the limits rise at once, the prorated amounts
 * wait as pending charges for the next renewal), retries safely, lowers from the next renewal; every mistake is a
 * clear 4xx and changes nothing.
 */
class StoreIT extends AndesIT {

    TestTenant tenant;
    StoreCalls store;

    @BeforeEach
    void basicTenant() {
        tenant = TestTenants.create(api, "store", "basico"); // basico: 5 users, 100 DTE a month
        store = new StoreCalls(api);
    }

    @Test
    void buyingTwoUsersAndADtePackRaisesTheLimitsAtOnce() {
        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(5);
        assertThat(store.limit(tenant.adminToken(), "DTE_DOCUMENTS")).isEqualTo(100);

        JsonObject order = store.activated(tenant.adminToken(), "buy-1", TWO_USERS_AND_A_DTE_PACK);

        assertThat(order.getString("number")).isEqualTo("O-000001");
        assertThat(order.getString("mode")).isEqualTo("RENEWAL");
        assertThat(order.getString("status")).isEqualTo("ACTIVATED");
        assertThat(order.getString("orderedBy")).isEqualTo("admin@" + tenant.code());
        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(7);
        assertThat(store.limit(tenant.userToken(), "DTE_DOCUMENTS")).isEqualTo(200);

        JsonObject subscription = store.page("/api/v1/store/subscription", tenant.adminToken());
        assertThat(subscription.getString("plan")).isEqualTo("basico");
        assertThat(subscription.getString("currency")).isEqualTo("CLP");
        assertThat(subscription.getString("billingPeriod")).isEqualTo("MONTHLY");
        assertThat(subscription.getJsonArray("addOns").getValuesAs(JsonObject.class))
                .extracting(
                        a -> a.getString("product") + "=" + a.getInt("quantity") + "/" + a.getInt("renewalQuantity"))
                .containsExactlyInAnyOrder("dte-pack=1/1", "extra-user=2/2");
        assertThat(subscription.getJsonArray("limits").getValuesAs(JsonObject.class))
                .filteredOn(l -> l.getString("type").equals("USERS"))
                .extracting(l -> l.getInt("limit"))
                .containsExactly(7);
        assertThat(LocalDate.parse(subscription.getString("nextRenewal")))
                .isAfter(LocalDate.parse(subscription.getString("periodStart")));

        JsonObject byId = store.page("/api/v1/store/orders/" + order.getString("id"), tenant.adminToken());
        JsonObject byNumber = store.page("/api/v1/store/orders/o-1", tenant.adminToken());
        assertThat(byId).isEqualTo(order);
        assertThat(byNumber).isEqualTo(order);
        JsonObject history = store.page("/api/v1/store/orders", tenant.adminToken());
        assertThat(history.getInt("total")).isEqualTo(1);
        assertThat(history.getJsonArray("items").getJsonObject(0).getString("number"))
                .isEqualTo("O-000001");
    }

    @Test
    void pendingChargesEqualTheQuote() {
        JsonObject quote = store.quoted(tenant.adminToken(), TWO_USERS_AND_A_DTE_PACK);
        JsonObject prorated = quote.getJsonObject("prorated");
        assertThat(amount(prorated, "total")).isEqualTo(amount(prorated, "net").add(amount(prorated, "tax")));
        assertThat(quote.getJsonNumber("taxPercent").bigDecimalValue()).isEqualByComparingTo("19");
        List<JsonObject> lines = quote.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).allSatisfy(line -> assertThat(line.getString("description"))
                .matches("\\d+ × .+, \\d+/\\d+ días del \\d\\d-\\d\\d-\\d{4} al \\d\\d-\\d\\d-\\d{4}"));

        Api.Reply placed =
                store.order(tenant.adminToken(), "buy-2", TWO_USERS_AND_A_DTE_PACK, quote.getString("fingerprint"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);

        JsonObject charges = store.page("/api/v1/store/pending-charges", tenant.adminToken());
        assertThat(charges.getInt("total")).isEqualTo(2);
        List<JsonObject> items = charges.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items.stream().map(c -> amount(c, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(amount(prorated, "net"));
        assertThat(items)
                .extracting(c -> amount(c, "amount").stripTrailingZeros())
                .containsExactlyInAnyOrderElementsOf(lines.stream()
                        .map(l -> amount(l, "prorated").stripTrailingZeros())
                        .toList());
        assertThat(items)
                .extracting(c -> c.getString("description"))
                .containsExactlyInAnyOrderElementsOf(
                        lines.stream().map(l -> l.getString("description")).toList());
        assertThat(items).allSatisfy(c -> assertThat(c.getString("dueOn")).isEqualTo(quote.getString("nextRenewal")));
        assertThat(amount(placed.json().getJsonObject("prorated"), "total")).isEqualTo(amount(prorated, "total"));
    }

    @Test
    void tenParallelReplaysOfOneKeyPlaceOneOrder() throws Exception {
        String fingerprint =
                store.quoted(tenant.adminToken(), TWO_USERS_AND_A_DTE_PACK).getString("fingerprint");

        List<Api.Reply> replies = Parallel.simultaneously(
                10, i -> store.order(tenant.adminToken(), "same-click", TWO_USERS_AND_A_DTE_PACK, fingerprint));

        assertThat(replies)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(replies.stream().map(Api.Reply::body).distinct()).hasSize(1);
        assertThat(replies)
                .filteredOn(r ->
                        r.headers().firstValue("Idempotent-Replayed").orElse("").equals("false"))
                .hasSize(1);
        assertThat(store.page("/api/v1/store/orders", tenant.adminToken()).getInt("total"))
                .isEqualTo(1);
        assertThat(store.page("/api/v1/store/pending-charges", tenant.adminToken())
                        .getInt("total"))
                .isEqualTo(2);
        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(7);
        assertThat(store.limit(tenant.adminToken(), "DTE_DOCUMENTS")).isEqualTo(200);
    }

    @Test
    void theSameKeyForAnotherPurchaseIsRefused() {
        store.activated(tenant.adminToken(), "reused", TWO_USERS_AND_A_DTE_PACK);
        String before = store.storeState(tenant.adminToken());
        String other = "[{\"product\":\"worker\",\"quantity\":3}]";

        Api.Reply reply = store.order(
                tenant.adminToken(),
                "reused",
                other,
                store.quoted(tenant.adminToken(), other).getString("fingerprint"));

        assertProblem(reply, 422, "/problems/idempotency-key-reused");
        assertThat(store.storeState(tenant.adminToken())).isEqualTo(before);
    }

    @Test
    void aQuoteWhosePriceChangedIsRefusedAndNothingIsStored() {
        String lines = "[{\"product\":\"legal-entity\",\"quantity\":1}]";
        JsonObject quote = store.quoted(tenant.adminToken(), lines);
        String before = store.storeState(tenant.adminToken());
        LocalDate from = LocalDate.now(ZoneOffset.UTC)
                .plusDays(ThreadLocalRandom.current().nextInt(1, 20));
        Api.Reply priced = api.post(
                "/api/v1/store/prices",
                TestTenants.staffToken(Roles.PLATFORM_ADMIN),
                """
                {"kind":"ADDON","product":"legal-entity","billingPeriod":"MONTHLY","currency":"CLP",
                 "amount":15990,"validFrom":"%s"}"""
                        .formatted(from));
        assertThat(priced.status()).as(priced.toString()).isEqualTo(204);

        Api.Reply reply = store.order(tenant.adminToken(), "stale", lines, quote.getString("fingerprint"));

        assertProblem(reply, 409, "/problems/conflict");
        assertThat(reply.json().getString("detail")).contains("cotización");
        assertThat(store.storeState(tenant.adminToken())).isEqualTo(before);
        JsonObject requoted = store.quoted(tenant.adminToken(), lines);
        assertThat(requoted.getString("fingerprint")).isNotEqualTo(quote.getString("fingerprint"));
        assertThat(amount(requoted.getJsonArray("lines").getJsonObject(0), "renewalUnitPrice"))
                .isEqualByComparingTo("15990");
        assertThat(amount(requoted.getJsonArray("lines").getJsonObject(0), "unitPrice"))
                .isEqualByComparingTo(amount(quote.getJsonArray("lines").getJsonObject(0), "unitPrice"));
    }

    @Test
    void loweringAnAddOnTakesEffectAtRenewalAndNeverBelowUsage() {
        store.activated(tenant.adminToken(), "users", "[{\"product\":\"extra-user\",\"quantity\":2}]");
        Api.Reply consumed = api.post(
                "/api/v1/entitlements/USERS/consumptions",
                tenant.userToken(),
                "{\"quantity\":6}",
                "Idempotency-Key",
                "six-users");
        assertThat(consumed.status()).as(consumed.toString()).isEqualTo(201);
        String before = store.storeState(tenant.adminToken());

        Api.Reply belowUsage =
                api.put("/api/v1/store/subscription/add-ons/extra-user", tenant.adminToken(), "{\"quantity\":0}");
        assertProblem(belowUsage, 409, "/problems/conflict");
        assertThat(store.storeState(tenant.adminToken())).isEqualTo(before);

        Api.Reply lowered =
                api.put("/api/v1/store/subscription/add-ons/extra-user", tenant.adminToken(), "{\"quantity\":1}");
        assertThat(lowered.status()).as(lowered.toString()).isEqualTo(200);
        assertThat(lowered.json().getJsonArray("addOns").getValuesAs(JsonObject.class))
                .extracting(a -> a.getInt("quantity") + "/" + a.getInt("renewalQuantity"))
                .containsExactly("2/1");
        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(7);

        Api.Reply raised =
                api.put("/api/v1/store/subscription/add-ons/extra-user", tenant.adminToken(), "{\"quantity\":5}");
        assertProblem(raised, 400, "/problems/validation");
        Api.Reply unknown =
                api.put("/api/v1/store/subscription/add-ons/no-such-thing", tenant.adminToken(), "{\"quantity\":0}");
        assertProblem(unknown, 404, "/problems/not-found");
    }

    @Test
    void prioritySupportRaisesTheTierOfNewTicketsAndIsBoughtAtMostOnce() {
        String lines = "[{\"product\":\"priority-support\",\"quantity\":1}]";
        store.activated(tenant.adminToken(), "support-1", lines);
        String number = new TicketCalls(api).open(tenant.userToken(), "Necesito ayuda prioritaria", null);
        JsonObject ticket = store.page("/api/v1/tickets/" + number, tenant.userToken());
        assertThat(ticket.getJsonObject("sla").getString("tier")).isEqualTo("PRIORITARIO");
        String before = store.storeState(tenant.adminToken());

        Api.Reply again = store.order(
                tenant.adminToken(),
                "support-2",
                lines,
                store.quoted(tenant.adminToken(), lines).getString("fingerprint"));

        assertProblem(again, 409, "/problems/conflict");
        assertThat(store.storeState(tenant.adminToken())).isEqualTo(before);
    }

    @Test
    void badInputIsAClearProblemAndChangesNothing() {
        String before = store.storeState(tenant.adminToken());
        String fingerprint =
                store.quoted(tenant.adminToken(), TWO_USERS_AND_A_DTE_PACK).getString("fingerprint");

        for (String lines : List.of(
                "[{\"product\":\"extra-user\",\"quantity\":0}]",
                "[{\"product\":\"extra-user\",\"quantity\":-2}]",
                "[{\"product\":\"extra-user\",\"quantity\":1000000}]",
                "[{\"product\":\"priority-support\",\"quantity\":2}]",
                "[{\"product\":\"no-such-thing\",\"quantity\":1}]",
                "[{\"product\":\"extra-user\",\"quantity\":1},{\"product\":\"EXTRA-USER\",\"quantity\":1}]",
                "[]")) {
            assertProblem(store.quote(tenant.adminToken(), lines), 400, "/problems/validation");
            assertProblem(
                    store.order(tenant.adminToken(), "bad-" + lines.hashCode(), lines, fingerprint),
                    400,
                    "/problems/validation");
        }
        Api.Reply huge = store.quote(tenant.adminToken(), "[{\"product\":\"extra-user\",\"quantity\":99999999999}]");
        assertThat(huge.status()).as(huge.toString()).isEqualTo(400);
        assertThat(huge.contentType()).startsWith("application/problem+json");

        Api.Reply otherCurrency = api.post(
                "/api/v1/store/quotes",
                tenant.adminToken(),
                "{\"lines\":" + TWO_USERS_AND_A_DTE_PACK + ",\"currency\":\"USD\"}");
        assertProblem(otherCurrency, 400, "/problems/validation");
        assertThat(otherCurrency.body()).contains("CLP");
        Api.Reply otherCurrencyOrder = api.post(
                "/api/v1/store/orders",
                tenant.adminToken(),
                "{\"lines\":%s,\"currency\":\"MXN\",\"quoteFingerprint\":\"%s\"}"
                        .formatted(TWO_USERS_AND_A_DTE_PACK, fingerprint),
                "Idempotency-Key",
                "mxn");
        assertProblem(otherCurrencyOrder, 400, "/problems/validation");

        Api.Reply noKey = api.post(
                "/api/v1/store/orders",
                tenant.adminToken(),
                "{\"lines\":%s,\"quoteFingerprint\":\"%s\"}".formatted(TWO_USERS_AND_A_DTE_PACK, fingerprint));
        assertProblem(noKey, 400, "/problems/missing-idempotency-key");
        assertProblem(
                store.order(tenant.adminToken(), "wrong-print", TWO_USERS_AND_A_DTE_PACK, "0".repeat(64)),
                409,
                "/problems/conflict");

        assertProblem(store.quote(tenant.userToken(), TWO_USERS_AND_A_DTE_PACK), 403, "/problems/forbidden");
        assertProblem(
                store.order(tenant.userToken(), "user-buys", TWO_USERS_AND_A_DTE_PACK, fingerprint),
                403,
                "/problems/forbidden");
        assertProblem(api.get("/api/v1/store/orders", tenant.userToken()), 403, "/problems/forbidden");
        assertProblem(api.get("/api/v1/store/orders/O-000001", tenant.adminToken()), 404, "/problems/not-found");
        assertProblem(api.get("/api/v1/store/orders/O-x", tenant.adminToken()), 400, "/problems/validation");
        assertProblem(
                api.post("/api/v1/store/quotes", tenant.adminToken(), "{\"lines\":"),
                400,
                "/problems/malformed-request");

        assertThat(store.storeState(tenant.adminToken())).isEqualTo(before);
        assertThat(store.page("/api/v1/store/orders", tenant.adminToken()).get("items"))
                .isEqualTo(JsonValue.EMPTY_JSON_ARRAY);
    }
}
