package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static io.andes.app.it.StoreCalls.TWO_USERS_AND_A_DTE_PACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The renewal run end to end: a tenant buys add-ons and lowers one from the next renewal, its period ends, and the
 * run issues exactly one invoice per subscription and period (however many runs start at once) that equals the
 * preview, applies the renewal quantities to the limits, charges the prorations once and numbers without gaps.
 */
class RenewalIT extends AndesIT {

    TestTenant tenant;
    StoreCalls store;
    BillingCalls billing;

    @BeforeEach
    void tenantWithAddOns() {
        tenant = TestTenants.create(api, "renewal", "basico"); // basico: 5 users, 100 DTE a month, CLP, 19 %
        store = new StoreCalls(api);
        billing = new BillingCalls(api);
        store.activated(tenant.adminToken(), "buy-1", TWO_USERS_AND_A_DTE_PACK);
        Api.Reply lowered =
                api.put("/api/v1/store/subscription/add-ons/extra-user", tenant.adminToken(), "{\"quantity\":1}");
        assertThat(lowered.status()).as(lowered.toString()).isEqualTo(200);
    }

    @Test
    void twoRunsAtOnceIssueOneInvoicePerSubscriptionAndPeriodEqualToThePreview() throws Exception {
        TestTenant other = TestTenants.create(api, "renewal-b", "basico");
        store.page("/api/v1/store/subscription", other.adminToken()); // its subscription starts on first use
        BillingCalls.periodEnded(tenant.code());
        BillingCalls.periodEnded(other.code());
        JsonObject preview = billing.ok("/api/v1/billing/next-invoice", tenant.adminToken());

        List<Api.Reply> runs = Parallel.simultaneously(2, i -> billing.run());

        assertThat(runs)
                .allSatisfy(run -> assertThat(run.status()).as(run.toString()).isEqualTo(201));
        assertThat(runs.stream().mapToInt(r -> r.json().getInt("invoiced")).sum())
                .isGreaterThanOrEqualTo(2);
        assertThat(runs)
                .allSatisfy(run -> assertThat(run.json().getInt("failed")).isZero());
        List<JsonObject> invoices = billing.invoices(tenant.adminToken());
        assertThat(invoices).hasSize(1);
        assertThat(billing.invoices(other.adminToken())).hasSize(1);
        JsonObject invoice =
                billing.ok("/api/v1/billing/invoices/" + invoices.get(0).getString("number"), tenant.adminToken());
        assertThat(invoice.getJsonArray("lines")).isEqualTo(preview.getJsonArray("lines"));
        for (String figure : List.of("net", "tax", "total", "taxPercent")) {
            assertThat(invoice.getJsonNumber(figure)).as(figure).isEqualTo(preview.getJsonNumber(figure));
        }
        assertThat(invoice.getString("periodStart")).isEqualTo(preview.getString("periodStart"));
        assertThat(invoice.getString("status")).isEqualTo("PENDIENTE");
        assertThat(invoice.getString("currency")).isEqualTo("CLP");
    }

    @Test
    void aPurchaseBetweenThePeriodsEndAndItsRenewalIsRefusedAndChargesNothing() {
        BillingCalls.periodEnded(tenant.code());
        String worker = "[{\"product\":\"worker\",\"quantity\":1}]";
        String fingerprint = store.quoted(tenant.adminToken(), worker).getString("fingerprint");
        String before = store.storeState(tenant.adminToken());

        Api.Reply refused = store.order(tenant.adminToken(), "between-periods", worker, fingerprint);

        assertProblem(refused, 409, "/problems/conflict");
        assertThat(refused.json().getString("reason")).isEqualTo("renewal-pending");
        assertThat(store.storeState(tenant.adminToken())).isEqualTo(before);
        assertThat(billing.run().status()).isEqualTo(201);
        assertThat(store.activated(tenant.adminToken(), "after-renewal", worker).getString("number"))
                .isNotBlank();
    }

    @Test
    void theInvoiceChargesTheNewPeriodInAdvanceAndTheProrationsOnce() {
        BillingCalls.periodEnded(tenant.code());

        assertThat(billing.run().status()).isEqualTo(201);

        JsonObject invoice = billing.ok(
                "/api/v1/billing/invoices/"
                        + billing.invoices(tenant.adminToken()).get(0).getString("number"),
                tenant.adminToken());
        List<JsonObject> lines = invoice.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines)
                .extracting(l -> l.getString("kind"))
                .containsExactly("PLAN", "ADDON", "ADDON", "PRORATION", "PRORATION");
        assertThat(lines.get(0).getString("description")).startsWith("Plan Básico, período del ");
        assertThat(lines)
                .extracting(l -> l.getString("description"))
                .anyMatch(d -> d.startsWith("1 × Usuario adicional, período del "))
                .anyMatch(d -> d.matches("2 × Usuario adicional, \\d+/\\d+ días del \\d\\d-\\d\\d-\\d{4} al .*"));
        BigDecimal net = lines.stream()
                .map(l -> l.getJsonNumber("amount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(invoice.getJsonNumber("net").bigDecimalValue()).isEqualByComparingTo(net);
        assertThat(invoice.getJsonNumber("tax").bigDecimalValue())
                .isEqualByComparingTo(net.multiply(new BigDecimal("0.19")).setScale(0, java.math.RoundingMode.HALF_UP));
        assertThat(store.page("/api/v1/store/pending-charges", tenant.adminToken())
                        .getInt("total"))
                .isZero();
        JsonObject next = billing.ok("/api/v1/billing/next-invoice", tenant.adminToken());
        assertThat(next.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("kind"))
                .containsExactly("PLAN", "ADDON", "ADDON");
        assertThat(LocalDate.parse(next.getString("periodStart")))
                .isAfter(LocalDate.parse(invoice.getString("periodStart")));
    }

    @Test
    void theLimitsTakeTheRenewalQuantitiesAndTheSubscriptionMovesOn() {
        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(7);
        BillingCalls.periodEnded(tenant.code());
        String renewedOn =
                billing.ok("/api/v1/billing/next-invoice", tenant.adminToken()).getString("periodStart");

        billing.run();

        assertThat(store.limit(tenant.adminToken(), "USERS")).isEqualTo(6);
        assertThat(store.limit(tenant.adminToken(), "DTE_DOCUMENTS")).isEqualTo(200);
        JsonObject subscription = store.page("/api/v1/store/subscription", tenant.adminToken());
        assertThat(subscription.getString("periodStart")).isEqualTo(renewedOn);
        assertThat(LocalDate.parse(billing.ok("/api/v1/billing/next-invoice", tenant.adminToken())
                        .getString("periodStart")))
                .isAfter(LocalDate.parse(renewedOn));
        assertThat(subscription.getJsonArray("addOns").getValuesAs(JsonObject.class))
                .extracting(
                        a -> a.getString("product") + "=" + a.getInt("quantity") + "/" + a.getInt("renewalQuantity"))
                .containsExactlyInAnyOrder("dte-pack=1/1", "extra-user=1/1");
        JsonObject account = billing.ok("/api/v1/billing/account", tenant.adminToken());
        assertThat(account.getString("nextRenewal")).isEqualTo(subscription.getString("nextRenewal"));
    }

    @Test
    void aSecondRunIssuesNothingAndNumbersHaveNoGaps() {
        BillingCalls.periodEnded(tenant.code());
        billing.run();
        List<JsonObject> first = billing.invoices(tenant.adminToken());

        Api.Reply again = billing.run();

        assertThat(again.status()).isEqualTo(201);
        assertThat(billing.invoices(tenant.adminToken())).isEqualTo(first);
        int year = LocalDate.parse(first.get(0).getString("issueDate")).getYear();
        List<Integer> sequences = BillingCalls.sequencesAndCounter(year);
        int counter = sequences.remove(sequences.size() - 1);
        assertThat(sequences)
                .isEqualTo(IntStream.rangeClosed(1, counter).boxed().toList());
        JsonObject runs = billing.ok("/api/v1/billing/renewal-runs", TestTenants.staffToken(Roles.PLATFORM_ADMIN));
        assertThat(runs.getJsonArray("items").getJsonObject(0).getString("finishedAt"))
                .isNotBlank();
    }

    @Test
    void aFailedRenewalIsRecordedLeavesNoGapAndTheNextRunIssuesIt() {
        BillingCalls.periodEnded(tenant.code());
        String limitsBefore = quotasAndLedger(tenant.adminToken());
        JsonObject failedRun;
        try {
            BillingCalls.currency(tenant.code(), "EUR"); // nothing has a price in euros: this renewal fails
            failedRun = billing.run().json();
        } finally {
            BillingCalls.currency(tenant.code(), "CLP");
        }

        assertThat(failedRun.getInt("failed")).isGreaterThanOrEqualTo(1);
        assertThat(failedRun.getString("failures")).contains(tenant.code());
        assertThat(billing.invoices(tenant.adminToken())).isEmpty();
        assertThat(quotasAndLedger(tenant.adminToken())).isEqualTo(limitsBefore);
        assertThat(store.page("/api/v1/store/pending-charges", tenant.adminToken())
                        .getInt("total"))
                .isEqualTo(2);

        JsonObject rerun = billing.run().json();

        assertThat(rerun.getInt("invoiced")).isGreaterThanOrEqualTo(1);
        assertThat(billing.invoices(tenant.adminToken())).hasSize(1);
        int year = LocalDate.parse(billing.invoices(tenant.adminToken()).get(0).getString("issueDate"))
                .getYear();
        List<Integer> sequences = BillingCalls.sequencesAndCounter(year);
        int counter = sequences.remove(sequences.size() - 1);
        assertThat(sequences)
                .isEqualTo(IntStream.rangeClosed(1, counter).boxed().toList());
    }

    @Test
    void theInvoicePrintsTheBillingDataAndThePdfExplainsEveryLine() throws Exception {
        Api.Reply saved = api.put(
                "/api/v1/billing/billing-data",
                tenant.adminToken(),
                """
                {"legalName":"Renovaciones Sur SpA","taxId":"76.086.428-5","address":"Av. Siempre Viva 742, Santiago",
                 "activity":"Arriendo de inmuebles","email":"facturas@renovaciones.cl"}""");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        BillingCalls.periodEnded(tenant.code());
        billing.run();
        String number = billing.invoices(tenant.adminToken()).get(0).getString("number");
        api.put(
                "/api/v1/billing/billing-data",
                tenant.adminToken(),
                """
                {"legalName":"Otro Nombre SpA","taxId":"76.086.428-5","email":"otro@renovaciones.cl"}""");

        JsonObject invoice = billing.ok("/api/v1/billing/invoices/" + number, tenant.adminToken());
        HttpResponse<byte[]> pdf = billing.pdf(number, tenant.adminToken());

        assertThat(invoice.getJsonObject("billedTo").getString("legalName")).isEqualTo("Renovaciones Sur SpA");
        assertThat(invoice.getJsonObject("billedTo").getString("taxId")).isEqualTo("76.086.428-5");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf.body());
        assertThat(text).contains(number, "Renovaciones Sur SpA", "76.086.428-5", "Total");
        for (JsonObject line : invoice.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            assertThat(text.replaceAll("\\s+", " ")).contains(line.getString("description"));
        }
    }

    @Test
    void staffVoidAnInvoiceWithAReasonAndACreditNoteAnswersIt() {
        BillingCalls.periodEnded(tenant.code());
        billing.run();
        String number = billing.invoices(tenant.adminToken()).get(0).getString("number");
        String path = "/api/v1/billing/tenants/" + tenant.code() + "/invoices/" + number + "/void";

        assertProblem(
                api.post(path, TestTenants.staffToken(Roles.BILLING_STAFF), "{\"reason\":\"\"}"),
                400,
                "/problems/validation");
        assertProblem(api.post(path, tenant.adminToken(), "{\"reason\":\"x\"}"), 403, "/problems/forbidden");
        Api.Reply voided =
                api.post(path, TestTenants.staffToken(Roles.BILLING_STAFF), "{\"reason\":\"Cobro duplicado\"}");
        Api.Reply twice = api.post(path, TestTenants.staffToken(Roles.BILLING_STAFF), "{\"reason\":\"Otra vez\"}");

        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.json().getString("status")).isEqualTo("ANULADA");
        assertThat(voided.json().getString("creditNote")).startsWith("NC-");
        assertProblem(twice, 409, "/problems/conflict");
        JsonObject seen = billing.ok("/api/v1/billing/invoices/" + number, tenant.adminToken());
        assertThat(seen.getString("status")).isEqualTo("ANULADA");
        assertThat(seen.getString("voidReason")).isEqualTo("Cobro duplicado");
    }

    @Test
    void billingDataWithAnInvalidTaxIdIsRefusedAndNothingChanges() {
        String before =
                billing.ok("/api/v1/billing/billing-data", tenant.adminToken()).toString();

        Api.Reply refused = api.put(
                "/api/v1/billing/billing-data",
                tenant.adminToken(),
                "{\"legalName\":\"X SpA\",\"taxId\":\"76.086.428-4\",\"email\":\"a@b.cl\"}");
        Api.Reply badMail = api.put(
                "/api/v1/billing/billing-data",
                tenant.adminToken(),
                "{\"legalName\":\"X SpA\",\"taxId\":\"76.086.428-5\",\"email\":\"no-mail\"}");

        assertProblem(refused, 400, "/problems/validation");
        assertProblem(badMail, 400, "/problems/validation");
        assertThat(billing.ok("/api/v1/billing/billing-data", tenant.adminToken())
                        .toString())
                .isEqualTo(before);
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
