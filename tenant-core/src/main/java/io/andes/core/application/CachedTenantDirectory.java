package io.andes.core.application;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantRepository;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenant look-ups for every request, kept a few seconds so that a request does not pay a query for facts that rarely
 * change. Missing tenants are not cached, so a tenant created on another instance is seen at once.
 */
@ApplicationScoped
public class CachedTenantDirectory implements TenantDirectory {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(15);
    private static final int MAX_ENTRIES = 50_000;

    private final Map<TenantId, Entry> entries = new ConcurrentHashMap<>();

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
        if (entry != null && entry.loadedAt.plus(TIME_TO_LIVE).isAfter(now)) {
            return Optional.of(entry.summary);
        }
        Optional<TenantSummary> loaded =
                transactions.requiresNew(() -> tenants.find(id).map(CachedTenantDirectory::summary));
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        loaded.ifPresent(summary -> entries.put(id, new Entry(summary, now)));
        return loaded;
    }

    @Override
    public void forget(TenantId id) {
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

    private record Entry(TenantSummary summary, Instant loadedAt) {}
}
