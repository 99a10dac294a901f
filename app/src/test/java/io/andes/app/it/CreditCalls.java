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
    static final String REFUND_REQUESTS = "/api/v1/billing/refund-requests";
    static final String PROPOSALS = "/api/v1/billing/credit-proposals";

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

    /** The pending refund requests of every tenant, as billing staff list them. */
    List<JsonObject> refundRequests() {
        Api.Reply reply = api.get(REFUND_REQUESTS, billingStaff());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The pending refund request of a credit note, or null when there is none (any more). */
    JsonObject refundRequestOf(String creditNote) {
        return refundRequests().stream()
                .filter(r -> creditNote.equals(r.getString("creditNote", null)))
                .findFirst()
                .orElse(null);
    }

    /**
     * A refund to the card that the gateway refused once: a card-paid invoice, a credit of {@code amount} refunded to its
     * card, Stripe failing every refund of the tenant; the pending request with its failure (retried only in 30
     * minutes). The caller makes Stripe answer normally again ({@link StripeStub#normalFor}).
     */
    JsonObject refusedRefund(TestTenants.TestTenant tenant, String claim, String amount) {
        JsonObject invoice =
                new PaymentCalls(api).paidByCard(tenant.adminToken(), tenant.code(), "refused-" + tenant.code());
        StripeStub.refundsAlwaysFailFor(tenant.code());
        JsonObject note = issued(
                tenant.code(),
                undueCharge(claim, amount)
                        .add("invoice", invoice.getString("number"))
                        .add("refundToCard", true));
        return Eventually.await(
                () -> refundRequestOf(note.getString("number")),
                r -> r != null && r.getInt("attempts") > 0,
                "the refused refund of " + tenant.code());
    }

    /** Closes a refund request by hand as {@code token}; the raw reply. */
    Api.Reply settleByHand(String token, String id, JsonObjectBuilder body) {
        return api.post(
                REFUND_REQUESTS + "/" + id + "/manual-settlement",
                token,
                body.build().toString());
    }

    /** A bank transfer made on {@code date} under {@code reference}. */
    static JsonObjectBuilder transfer(String reference, String date) {
        return Json.createObjectBuilder()
                .add("method", "TRANSFERENCIA")
                .add("reference", reference)
                .add("date", date);
    }

    /** The tenant's credit proposal for the ticket awaiting billing staff, or null when there is none (any more). */
    JsonObject proposalOf(TestTenants.TestTenant owner, String ticket) {
        Api.Reply reply = api.get(PROPOSALS, billingStaff());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("tenant").equals(owner.code())
                        && p.getString("ticket").equals(ticket))
                .findFirst()
                .orElse(null);
    }

    /**
     * A credit proposed to staff: the tenant-admin buys urgent support for the ticket (under {@code key}), its urgent
     * SLA is missed (the ticket moved four days back) and the escalation proposes the price paid; the proposal.
     */
    JsonObject missedUrgentProposal(TestTenants.TestTenant owner, String ticket, String key) {
        Api.Reply bought =
                api.post("/api/v1/billing/urgent-support/" + ticket, owner.adminToken(), "", "Idempotency-Key", key);
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        DeskFixture.shiftBack(owner.code(), ticket, 4);
        return Eventually.await(() -> proposalOf(owner, ticket), p -> p != null, "the proposal for " + ticket);
    }
}
