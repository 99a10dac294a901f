package io.andes.billing.invoice.application;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.domain.RenewalRun;
import io.andes.billing.invoice.domain.RenewalRunRepository;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantId;
import io.andes.store.api.SubscriptionRenewals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The renewal run: every subscription whose period has ended in its tenant's time zone gets its invoice, one per
 * period (a subscription several periods behind gets one invoice per period). Candidates renew in batches of tenants,
 * each batch in one transaction, on a few workers at once ({@link RenewalWorkers}); what a batch cannot settle renews
 * one by one. Several runs at once (two instances, two clicks) share the work: each subscription is claimed with a row
 * lock that the others skip, and the invoice's unique period key refuses a second invoice. A failed subscription is
 * recorded and retried by the next run; what committed stays done.
 */
@ApplicationScoped
public class RenewalRunner {

    /** Candidates read per page; pages follow each other until none is left or a page renews nothing. */
    static final int MAX_CANDIDATES = 10_000;

    @Inject
    SubscriptionRenewals renewals;

    @Inject
    RenewalWorkers workers;

    @Inject
    RenewalRunRepository runs;

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
        RenewalTally tally = new RenewalTally();
        Set<TenantId> candidates = new HashSet<>();
        while (true) {
            List<TenantId> fetched =
                    transactions.requiresNew(() -> renewals.candidates(calendar.latestToday(), MAX_CANDIDATES));
            List<TenantId> page =
                    fetched.stream().filter(tenant -> !tally.hasFailed(tenant)).toList();
            candidates.addAll(page);
            int before = tally.invoiced();
            workers.renew(page, tally);
            if (fetched.size() < MAX_CANDIDATES || tally.invoiced() == before) {
                break; // every candidate was seen, or the rest cannot be renewed now
            }
        }
        return transactions.requiresNew(() -> {
            RenewalRun finished = runs.find(run.id()).orElseThrow();
            finished.finish(
                    candidates.size(),
                    tally.invoiced(),
                    tally.skipped(),
                    tally.failed(),
                    tally.failures(),
                    calendar.now());
            return RunPresenter.view(finished);
        });
    }
}
