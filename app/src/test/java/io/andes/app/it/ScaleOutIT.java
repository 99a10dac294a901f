package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.app.dev.KeycloakServer;
import io.andes.app.dev.MailCatcher.Mail;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scale-out: two more instances of the real WAR in one Hazelcast cluster over loopback, on the shared database
 * ({@link AppCluster}). Calls spread over both see each other's writes at once; every scheduled job (renewal, outbox,
 * SLA watch) does its work once when both instances fire together; a browser session opened on one instance goes on
 * on the other, also after the first is killed; and an instance killed in the middle of a renewal run leaves the
 * other to finish it, nothing billed twice, nothing skipped, numbers without gaps. The kill comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT extends AndesIT {

    /**
     * Every scheduled job fires within the same few seconds on both instances (outbox and SLA each second). Renewal
     * batches of two tenants on one worker make a run over 120 subscriptions last many transactions, so that an
     * instance can be killed between its first and its last commit (batches of 100 finish it in two).
     */
    private static final Map<String, String> QUICK_JOBS = Map.of(
            "ANDES_BILLING_RENEWAL_INTERVAL", "PT5S",
            "ANDES_BILLING_RENEWAL_BATCH", "2",
            "ANDES_BILLING_RENEWAL_WORKERS", "1",
            "ANDES_OUTBOX_POLL_INTERVAL", "1s",
            "ANDES_SLA_CHECK_INTERVAL", "1s");

    private static final String PORTAL_ACCOUNT = "/portal/cuenta.xhtml";
    private static final String DEMO_USER = "usuario@inmobiliaria-sur.cl";

    static AppCluster cluster;

    @BeforeAll
    static void twoInstancesInOneCluster() throws Exception {
        Instant started = Instant.now();
        cluster = AppCluster.start(QUICK_JOBS);
        new KeycloakAdmin(ItEnvironment.keycloak().issuer())
                .allowLoginRedirectsTo(List.of(cluster.baseUrl(0), cluster.baseUrl(1)));
        System.out.println("ScaleOutIT: two clustered instances ready in " + Duration.between(started, Instant.now()));
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void callsSpreadOverBothInstancesSeeEachOthersWritesAtOnce() {
        TestTenant tenant = TestTenants.create(cluster.api(0), "so-data", "basico");
        Api.Reply seen =
                cluster.api(1).get("/api/v1/tenants/" + tenant.code(), TestTenants.staffToken(Roles.PLATFORM_ADMIN));
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);

        for (int i = 1; i <= 10; i++) {
            Api.Reply consumed = cluster.api(i % 2)
                    .post(
                            "/api/v1/entitlements/DTE_DOCUMENTS/consumptions",
                            tenant.userToken(),
                            "{\"quantity\":1}",
                            "Idempotency-Key",
                            "so-" + i);
            assertThat(consumed.status()).as(consumed.toString()).isEqualTo(201);
            int usedOnTheOther = cluster.api((i + 1) % 2)
                    .get("/api/v1/entitlements/DTE_DOCUMENTS", tenant.userToken())
                    .json()
                    .getInt("used");
            assertThat(usedOnTheOther).as("used after consumption " + i).isEqualTo(i);
        }

        new StoreCalls(cluster.api(1)).activated(tenant.adminToken(), "so-buy", StoreCalls.TWO_USERS_AND_A_DTE_PACK);
        assertThat(new StoreCalls(cluster.api(0)).limit(tenant.adminToken(), "USERS"))
                .isEqualTo(7);
        assertThat(new StoreCalls(cluster.api(0)).limit(tenant.adminToken(), "DTE_DOCUMENTS"))
                .isEqualTo(200);

        DeskFixture desk = new DeskFixture(cluster.api(0));
        String number = desk.open(tenant.userToken(), "Visto en las dos instancias");
        Api.Reply answered =
                new DeskFixture(cluster.api(1)).answer(tenant.code(), number, "Lo revisamos", false, false);
        assertThat(answered.status()).as(answered.toString()).isLessThan(300);
        JsonObject ticket = cluster.api(0)
                .get(DeskFixture.TICKETS + "/" + number, tenant.userToken())
                .json();
        assertThat(ticket.toString()).contains("Lo revisamos");
    }

    @Test
    @Order(2)
    void everyScheduledJobDoesItsWorkOnceWhenBothInstancesFireTogether() throws Exception {
        // renewal: two runs started at the same instant, one on each instance, while their scheduled runs also fire
        String prefix = uniquePrefix("so-run");
        List<TestTenant> due = dueTenants(prefix, 12);
        List<Api.Reply> runs = Parallel.simultaneously(2, i -> new BillingCalls(cluster.api(i)).run());
        assertThat(runs)
                .allSatisfy(run -> assertThat(run.status()).as(run.toString()).isEqualTo(201));
        // a subscription another test class left broken may fail in these runs; none of these tenants may
        assertThat(runs).allSatisfy(run -> assertThat(run.json().getString("failures", ""))
                .doesNotContain(prefix));
        assertEveryTenantInvoicedOnceWithoutGaps(prefix, due.size());

        // outbox: each filing's acknowledgement is claimed and mailed by one instance only
        TestTenant filer = TestTenants.create(cluster.api(0), "so-mail", "basico");
        List<String> requesters = IntStream.range(0, 10).mapToObj(i -> "p" + i).toList();
        for (int i = 0; i < requesters.size(); i++) {
            Api.Reply filed = cluster.api(i % 2)
                    .post(
                            "/api/v1/pqrs",
                            Filings.personWithMail(filer.code(), requesters.get(i)),
                            "{\"kind\":\"PETICION\",\"subject\":\"Copia de contrato\",\"description\":\"La necesito\"}");
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        }

        // SLA watch: each breach is escalated by one instance only
        TestTenant late = TestTenants.create(cluster.api(1), "so-sla", "basico");
        DeskFixture desk = new DeskFixture(cluster.api(1));
        List<String> tickets = IntStream.range(0, 4)
                .mapToObj(i -> desk.open(late.userToken(), "Sin respuesta " + i))
                .toList();
        tickets.forEach(number -> DeskFixture.shiftBack(late.code(), number, 4));

        for (String who : requesters) {
            Eventually.mail(Filings.address(filer.code(), who), "PQRS ");
        }
        for (String number : tickets) {
            Eventually.await(() -> escalations(late, number), m -> !m.isEmpty(), "the escalation of " + number);
        }
        Thread.sleep(Duration.ofSeconds(5).toMillis()); // several more rounds of every job on both instances
        for (String who : requesters) {
            assertThat(Eventually.mailsTo(Filings.address(filer.code(), who), "PQRS "))
                    .as("acknowledgements to " + who)
                    .hasSize(1);
        }
        for (String number : tickets) {
            assertThat(escalations(late, number)).as("escalations of " + number).hasSize(1);
        }
    }

    @Test
    @Order(3)
    void aSignedInUserStaysSignedInWhenTheNextRequestGoesToTheOtherInstance() {
        PortalSession browser = new PortalSession();
        HttpResponse<String> onFirst =
                browser.signIn(cluster.baseUrl(0) + PORTAL_ACCOUNT, DEMO_USER, KeycloakServer.DEMO_PASSWORD);
        assertSignedIn(onFirst);

        for (int i = 1; i <= 4; i++) {
            assertSignedIn(browser.page(cluster.baseUrl(i % 2) + PORTAL_ACCOUNT));
        }
    }

    @Test
    @Order(4)
    void anInstanceKilledInTheMiddleOfARenewalRunLeavesTheOtherToFinishItAndItsSessionsGoOn() throws Exception {
        PortalSession browser = new PortalSession();
        assertSignedIn(browser.signIn(cluster.baseUrl(0) + PORTAL_ACCOUNT, DEMO_USER, KeycloakServer.DEMO_PASSWORD));
        String prefix = uniquePrefix("so-kill");
        List<TestTenant> due = dueTenants(prefix, 120);

        CompletableFuture<Api.Reply> run = CompletableFuture.supplyAsync(() -> new BillingCalls(cluster.api(0)).run());
        int invoicedAtKill = Eventually.await(
                () -> BillingCalls.invoicesOfTenants(prefix).size(), n -> n > 0, "the first invoices of the run");
        cluster.kill(0);

        assertThatThrownBy(run::join)
                .as("the run on the killed instance never answers")
                .hasCauseInstanceOf(UncheckedIOException.class);
        assertThat(invoicedAtKill).as("killed in the middle of the run").isLessThan(due.size());
        assertSignedIn(browser.page(cluster.baseUrl(1) + PORTAL_ACCOUNT));
        assertEveryTenantInvoicedOnceWithoutGaps(prefix, due.size());
        System.out.println("ScaleOutIT: killed the instance at " + invoicedAtKill + " of " + due.size()
                + " invoices; the other issued the rest");
    }

    /** {@code count} new tenants whose subscription's period has just ended, created through both instances. */
    private static List<TestTenant> dueTenants(String prefix, int count) throws Exception {
        List<TestTenant> tenants = Parallel.spread(count, 8, i -> {
            Api api = cluster.api(i % 2);
            TestTenant tenant = TestTenants.create(api, prefix, "basico");
            new StoreCalls(api).page("/api/v1/store/subscription", tenant.adminToken()); // starts the subscription
            return tenant;
        });
        tenants.forEach(tenant -> BillingCalls.periodEnded(tenant.code()));
        return tenants;
    }

    /** Exactly one invoice per tenant (none skipped, none twice), and the platform's numbers have no gaps. */
    private static void assertEveryTenantInvoicedOnceWithoutGaps(String prefix, int tenants) {
        Map<String, List<String>> invoices = Eventually.await(
                () -> BillingCalls.invoicesOfTenants(prefix),
                found -> found.size() == tenants,
                "an invoice for each of the " + tenants + " tenants " + prefix + "-*");
        assertThat(invoices.values()).allSatisfy(numbers -> assertThat(numbers).hasSize(1));
        String first = invoices.values().iterator().next().get(0);
        List<Integer> sequences = BillingCalls.sequencesAndCounter(Integer.parseInt(first.substring(2, 6)));
        int counter = sequences.remove(sequences.size() - 1);
        assertThat(sequences)
                .isEqualTo(IntStream.rangeClosed(1, counter).boxed().toList());
    }

    private static void assertSignedIn(HttpResponse<String> page) {
        assertThat(page.statusCode())
                .as(page.uri() + " answered " + page.headers().map())
                .isEqualTo(200);
        assertThat(page.body()).contains("id=\"account-username\">" + DEMO_USER + "<");
    }

    private static List<Mail> escalations(TestTenant tenant, String number) {
        return ItEnvironment.mail().messagesTo("escalamiento@andes.test").stream()
                .filter(m -> m.subject() != null
                        && m.subject().contains(" " + number + " ")
                        && m.subject().contains(tenant.code()))
                .toList();
    }

    private static String uniquePrefix(String name) {
        return name + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
    }
}
