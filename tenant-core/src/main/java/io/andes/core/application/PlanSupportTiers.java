package io.andes.core.application;

import io.andes.core.api.SupportTierUpgrades;
import io.andes.core.api.TenantSupportTiers;
import io.andes.core.domain.tenant.PlanRepository;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantRepository;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tenant's support tier, read from its current plan or from a tier it bought on top (in the caller's transaction, or
 * one of its own) and kept a few seconds per tenant, since every ticket opening asks for it. A tenant not found is not
 * kept.
 */
@ApplicationScoped
public class PlanSupportTiers implements TenantSupportTiers {

    private static final int MAX_ENTRIES = 50_000;

    @Inject
    TenantRepository tenants;

    @Inject
    PlanRepository plans;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Inject
    Instance<SupportTierUpgrades> upgrades;

    private final Map<TenantId, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> supportTier(TenantId tenant) {
        Instant now = clock.instant();
        Entry entry = entries.get(tenant);
        if (entry != null
                && entry.loadedAt.plus(CachedTenantDirectory.TIME_TO_LIVE).isAfter(now)) {
            return Optional.of(entry.tier);
        }
        Optional<String> loaded = transactions.required(() -> tenants.find(tenant)
                .map(Tenant::planCode)
                .flatMap(plans::find)
                .map(plan -> upgraded(tenant).orElse(plan.supportTier())));
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        loaded.ifPresent(tier -> entries.put(tenant, new Entry(tier, now)));
        return loaded;
    }

    private Optional<String> upgraded(TenantId tenant) {
        return upgrades.isResolvable() ? upgrades.get().upgradedTier(tenant) : Optional.empty();
    }

    private record Entry(String tier, Instant loadedAt) {}
}
