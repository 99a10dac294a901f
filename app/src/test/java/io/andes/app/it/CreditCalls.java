package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/** The credits API as billing staff and a tenant-admin use it. */
final class CreditCalls {

    static final String BALANCE = "/api/v1/billing/credits/balance";
    static final String NOTES = "/api/v1/billing/credits/notes?size=100";

    private final Api api;

    CreditCalls(Api api) {
        this.api = api;
    }

    /**
     * A tenant renewed once (the running period prepaid by the renewal invoice) with one pending charge and a
     * cancellation request opened by its user: the ticket's number, ready to settle.
     */
    static String cancellationToSettle(Api api, TestTenants.TestTenant tenant) {
        StoreCalls store = new StoreCalls(api);
        store.page("/api/v1/store/subscription", tenant.adminToken());
        BillingCalls.periodEnded(tenant.code());
        assertThat(new BillingCalls(api).run().status()).isEqualTo(201);
        store.activated(tenant.adminToken(), "worker-1", "[{\"product\":\"worker\",\"quantity\":1}]");
        return new DeskFixture(api).openCancellation(tenant.userToken(), "Damos de baja el servicio");
    }

    static String billingStaff() {
        return TestTenants.staffToken(Roles.BILLING_STAFF);
    }

    /** A credit note for {@code tenant}, issued by {@code token}; the raw reply. */
    Api.Reply issue(String token, String tenant, JsonObjectBuilder body) {
        return api.post(
                "/api/v1/billing/tenants/" + tenant + "/credit-notes",
                token,
                body.build().toString());
    }

    /** An undue charge credited to the balance, standalone. */
    static JsonObjectBuilder undueCharge(String ticket, String amount) {
        return Json.createObjectBuilder()
                .add("kind", "COBRO_INDEBIDO")
                .add("ticket", ticket)
                .add("amount", new BigDecimal(amount))
                .add("reason", "Cobro duplicado del plan");
    }

    JsonObject issued(String tenant, JsonObjectBuilder body) {
        Api.Reply reply = issue(billingStaff(), tenant, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    BigDecimal balance(String token) {
        Api.Reply reply = api.get(BALANCE, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonNumber("balance").bigDecimalValue();
    }

    List<JsonObject> entries(String token) {
        return api.get(BALANCE, token).json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    List<JsonObject> notes(String token) {
        Api.Reply reply = api.get(NOTES, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
