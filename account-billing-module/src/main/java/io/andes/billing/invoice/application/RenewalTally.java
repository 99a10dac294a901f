package io.andes.billing.invoice.application;

import io.andes.billing.invoice.domain.DuplicatePeriodException;
import io.andes.core.tenancy.TenantId;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What a run did with its candidates; counted by all of the run's workers at once. */
final class RenewalTally {

    private static final Logger LOG = Logger.getLogger(RenewalTally.class.getName());

    private int invoiced;
    private int skipped;
    private int failed;
    private final StringBuilder failures = new StringBuilder();
    private final Set<TenantId> failedTenants = new HashSet<>();

    synchronized void invoiced(int issued) {
        invoiced += issued;
    }

    /** Renews one tenant one by one: counts its invoices, or a skip, or records its failure. */
    void count(TenantId tenant, IntSupplier renewal) {
        try {
            int issued = renewal.getAsInt();
            synchronized (this) {
                invoiced += issued;
                skipped += issued == 0 ? 1 : 0;
            }
        } catch (DuplicatePeriodException e) {
            synchronized (this) {
                skipped++; // another runner issued this period's invoice first
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Renewal of " + tenant + " failed; the next run retries it", e);
            synchronized (this) {
                failed++;
                failedTenants.add(tenant);
                failures.append(tenant.value())
                        .append(": ")
                        .append(e.getMessage())
                        .append('\n');
            }
        }
    }

    synchronized int invoiced() {
        return invoiced;
    }

    synchronized int skipped() {
        return skipped;
    }

    synchronized int failed() {
        return failed;
    }

    synchronized String failures() {
        return failures.toString();
    }

    /** Whether {@code tenant} failed in this run already (a run tries each tenant once). */
    synchronized boolean hasFailed(TenantId tenant) {
        return failedTenants.contains(tenant);
    }
}
