package io.andes.core.application;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantRepository;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tenant look-ups for every request, kept a few seconds so that a request does not pay a query for facts that rarely
 * change. Missing tenants are not cached, so a tenant created on another instance is seen at once.
 */
@ApplicationScoped
public class CachedTenantDirectory implements TenantDirectory {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(15);
    /** How old an entry in use may get before {@link #refresh} reloads it, well before it expires. */
    static final Duration REFRESH_AFTER = Duration.ofSeconds(5);
    /** An entry no request used for this long is dropped instead of refreshed. */
    static final Duration IDLE = Duration.ofMinutes(1);

    static final int REFRESH_CHUNK = 500;
    private static final int MAX_ENTRIES = 50_000;

    private final Map<TenantId, Entry> entries = new ConcurrentHashMap<>();
    /** Counts forgets, so that a load that one overtook is not cached. */
    private final AtomicLong forgets = new AtomicLong();

    @Resource
    TransactionSynchronizationRegistry registry;

    @Inject
    TenantRepository tenants;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Override
    public Optional<TenantSummary> find(TenantId id) {
        Instant now = clock.instant();
        Entry entry = entries.get(id);
        if (entry != null && entry.freshAt(now)) {
            return Optional.of(entry.usedAt(now).summary);
        }
        long before = forgets.get();
        Optional<TenantSummary> loaded =
                transactions.requiresNew(() -> tenants.find(id).map(CachedTenantDirectory::summary));
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        if (forgets.get() == before) {
            loaded.ifPresent(summary -> entries.put(id, new Entry(summary, now, now)));
        }
        return loaded;
    }

    @Override
    public Map<TenantId, TenantSummary> findAll(Collection<TenantId> ids) {
        Instant now = clock.instant();
        Map<TenantId, TenantSummary> found = new HashMap<>();
        List<TenantId> missing = new ArrayList<>();
        for (TenantId id : ids) {
            Entry entry = entries.get(id);
            if (entry != null && entry.freshAt(now)) {
                found.put(id, entry.usedAt(now).summary);
            } else {
                missing.add(id);
            }
        }
        long before = forgets.get();
        List<TenantSummary> loaded = missing.isEmpty()
                ? List.of()
                : transactions.requiresNew(() -> tenants.findAll(missing).stream()
                        .map(CachedTenantDirectory::summary)
                        .toList());
        if (entries.size() + loaded.size() > MAX_ENTRIES) {
            entries.clear();
        }
        boolean cache = forgets.get() == before;
        for (TenantSummary summary : loaded) {
            if (cache) {
                entries.put(summary.id(), new Entry(summary, now, now));
            }
            found.put(summary.id(), summary);
        }
        return found;
    }

    /**
     * Forgets the tenant now and again when the caller's transaction ends. A request that reads the tenant in between
     * still sees the row as it was before the commit; it may answer with it, but it does not keep it: a load that a
     * forget overtook is not cached.
     */
    @Override
    public void forget(TenantId id) {
        forgetNow(id);
        if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    forgetNow(id);
                }
            });
        }
    }

    private void forgetNow(TenantId id) {
        forgets.incrementAndGet();
        entries.remove(id);
    }

    static TenantSummary summary(Tenant tenant) {
        return new TenantSummary(
                tenant.id(),
                tenant.legalName(),
                tenant.status().name(),
                tenant.taxId().country().name(),
                tenant.currency(),
                tenant.zone());
    }

    /**
     * Reloads, {@value #REFRESH_CHUNK} per query, the tenants requests used in the last {@link #IDLE} whose entry is
     * older than {@link #REFRESH_AFTER}, and drops the others. Run every few seconds off the request threads
     * ({@code TenantDirectoryRefresh}), it lets requests find their tenant fresh instead of each one that comes after an
     * expiry paying a transaction of its own for it: with many tenants, that was one request in five under load.
     */
    @ActivateRequestContext
    public void refresh() {
        Instant now = clock.instant();
        List<TenantId> due = new ArrayList<>();
        entries.forEach((id, entry) -> {
            if (entry.idleAt(now)) {
                entries.remove(id, entry);
            } else if (!entry.loadedAt.plus(REFRESH_AFTER).isAfter(now)) {
                due.add(id);
            }
        });
        for (int from = 0; from < due.size(); from += REFRESH_CHUNK) {
            List<TenantId> chunk = due.subList(from, Math.min(due.size(), from + REFRESH_CHUNK));
            long before = forgets.get();
            List<TenantSummary> loaded = transactions.requiresNew(() -> tenants.findAll(chunk).stream()
                    .map(CachedTenantDirectory::summary)
                    .toList());
            if (forgets.get() != before) {
                continue; // a forget overtook this load: its entries expire or reload by themselves
            }
            for (TenantSummary summary : loaded) {
                entries.computeIfPresent(
                        summary.id(), (id, old) -> new Entry(summary, now, Instant.ofEpochMilli(old.usedAtMillis)));
            }
        }
    }

    /** A tenant's facts as loaded at {@code loadedAt}; {@code usedAtMillis} is kept to the second, written rarely. */
    private static final class Entry {
        final TenantSummary summary;
        final Instant loadedAt;
        volatile long usedAtMillis;

        Entry(TenantSummary summary, Instant loadedAt, Instant usedAt) {
            this.summary = summary;
            this.loadedAt = loadedAt;
            this.usedAtMillis = usedAt.toEpochMilli();
        }

        boolean freshAt(Instant now) {
            return loadedAt.plus(TIME_TO_LIVE).isAfter(now);
        }

        boolean idleAt(Instant now) {
            return usedAtMillis + IDLE.toMillis() < now.toEpochMilli();
        }

        Entry usedAt(Instant now) {
            long millis = now.toEpochMilli();
            if (millis - usedAtMillis >= 1_000) {
                usedAtMillis = millis;
            }
            return this;
        }
    }
}
