package io.andes.billing.invoice.application;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.domain.DuplicatePeriodException;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.invoice.domain.RenewalRun;
import io.andes.billing.invoice.domain.RenewalRunRepository;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantBinding;
import io.andes.core.tenancy.TenantId;
import io.andes.store.api.SubscriptionRenewals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The renewal run: every subscription whose period has ended in its tenant's time zone gets its invoice, one
 * transaction per subscription and period (a subscription several periods behind gets one invoice per period).
 * Several runs at once (two instances, two clicks) share the work: each subscription is claimed with a row lock that
 * the others skip, and the invoice's unique period key refuses a second invoice. A failed subscription is recorded
 * and retried by the next run; what committed stays done.
 */
@ApplicationScoped
public class RenewalRunner {

    private static final Logger LOG = Logger.getLogger(RenewalRunner.class.getName());
    static final int MAX_CANDIDATES = 10_000;
    static final int MAX_PERIODS_PER_RUN = 24;

    @Inject
    SubscriptionRenewals renewals;

    @Inject
    InvoiceIssuer issuer;

    @Inject
    RenewalRunRepository runs;

    @Inject
    InvoiceRepository invoices;

    @Inject
    TenantBinding binding;

    @Inject
    Transactions transactions;

    @Inject
    BillingCalendar calendar;

    /** Runs now on behalf of {@code startedBy} (a staff member or "programado") and answers the finished run. */
    @ActivateRequestContext
    public BillingViews.Run run(String startedBy) {
        RenewalRun run = transactions.requiresNew(() -> {
            RenewalRun started = new RenewalRun(startedBy, calendar.now());
            runs.add(started);
            return started;
        });
        List<TenantId> candidates =
                transactions.requiresNew(() -> renewals.candidates(calendar.latestToday(), MAX_CANDIDATES));
        Tally tally = new Tally();
        for (TenantId tenant : candidates) {
            tally.count(tenant, () -> renewTenant(tenant));
        }
        return transactions.requiresNew(() -> {
            RenewalRun finished = runs.find(run.id()).orElseThrow();
            finished.finish(
                    candidates.size(),
                    tally.invoiced,
                    tally.skipped,
                    tally.failed,
                    tally.failures.toString(),
                    calendar.now());
            return RunPresenter.view(finished);
        });
    }

    /** What a run did with its candidates. */
    private static final class Tally {
        int invoiced;
        int skipped;
        int failed;
        final StringBuilder failures = new StringBuilder();

        void count(TenantId tenant, IntSupplier renewal) {
            try {
                int issued = renewal.getAsInt();
                invoiced += issued;
                skipped += issued == 0 ? 1 : 0;
            } catch (DuplicatePeriodException e) {
                skipped++; // another runner issued this period's invoice first
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Renewal of " + tenant + " failed; the next run retries it", e);
                failed++;
                failures.append(tenant.value())
                        .append(": ")
                        .append(e.getMessage())
                        .append('\n');
            }
        }
    }

    /** One tenant: its periods in order, each in a transaction of its own; how many invoices were issued. */
    private int renewTenant(TenantId tenant) {
        int issued = 0;
        while (issued < MAX_PERIODS_PER_RUN
                && binding.callAs(tenant, () -> transactions.requiresNew(issuer::renewOnce))
                        .isPresent()) {
            issued++;
        }
        return issued;
    }
}
