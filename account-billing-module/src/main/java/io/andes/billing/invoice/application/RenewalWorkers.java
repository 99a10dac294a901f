package io.andes.billing.invoice.application;

import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantBinding;
import io.andes.core.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renews a run's candidates with {@code andes.billing.renewal-workers} workers on the container's managed executor,
 * each taking batches of {@code andes.billing.renewal-batch} tenants: a batch renews in one transaction; what it could
 * not settle (claimed by another runner, not due yet in its time zone, several periods behind, no price, a failure
 * that rolled the batch back) renews one by one, each tenant and period in a transaction of its own, as before.
 * Workers are bounded well below the connection pool: each holds one connection at a time.
 */
@ApplicationScoped
public class RenewalWorkers {

    private static final Logger LOG = Logger.getLogger(RenewalWorkers.class.getName());
    static final int MAX_PERIODS_PER_RUN = 24;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    RenewalBatch batch;

    @Inject
    InvoiceIssuer issuer;

    @Inject
    TenantBinding binding;

    @Inject
    Transactions transactions;

    @Inject
    RenewalWorkers self;

    @Inject
    @ConfigProperty(name = "andes.billing.renewal-workers", defaultValue = "3")
    int workers;

    @Inject
    @ConfigProperty(name = "andes.billing.renewal-batch", defaultValue = "100")
    int batchSize;

    /** Renews {@code tenants} and returns when all are done; the tally counts what happened. */
    void renew(List<TenantId> tenants, RenewalTally tally) {
        Queue<List<TenantId>> batches = new ConcurrentLinkedQueue<>();
        for (int from = 0; from < tenants.size(); from += batchSize) {
            batches.add(tenants.subList(from, Math.min(tenants.size(), from + batchSize)));
        }
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < Math.min(workers, batches.size()); i++) {
            running.add(CompletableFuture.runAsync(() -> self.work(batches, tally), executor));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    }

    /** One worker: batches until none is left, in a request context of its own (for the tenant binding). */
    @ActivateRequestContext
    public void work(Queue<List<TenantId>> batches, RenewalTally tally) {
        for (List<TenantId> tenants = batches.poll(); tenants != null; tenants = batches.poll()) {
            RenewalBatch.Outcome outcome = inOneTransaction(tenants);
            tally.invoiced(outcome.issued());
            for (TenantId tenant : tenants) {
                if (!outcome.settled().contains(tenant)) {
                    tally.count(tenant, () -> oneByOne(tenant));
                }
            }
        }
    }

    private RenewalBatch.Outcome inOneTransaction(List<TenantId> tenants) {
        try {
            return transactions.requiresNew(() -> batch.issue(tenants));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A renewal batch rolled back; its tenants renew one by one", e);
            return RenewalBatch.Outcome.NONE;
        }
    }

    /** One tenant: its periods in order, each in a transaction of its own; how many invoices were issued. */
    private int oneByOne(TenantId tenant) {
        int issued = 0;
        while (issued < MAX_PERIODS_PER_RUN
                && binding.callAs(tenant, () -> transactions.requiresNew(issuer::renewOnce))
                        .isPresent()) {
            issued++;
        }
        return issued;
    }
}
