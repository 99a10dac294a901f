package io.andes.core.application;

import io.andes.core.api.QuotaBatchChanges;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditEvent;
import io.andes.core.domain.entitlement.Entitlement;
import io.andes.core.domain.entitlement.EntitlementBatchRepository;
import io.andes.core.domain.entitlement.EntitlementBatchRepository.Audited;
import io.andes.core.domain.entitlement.EntitlementBatchRepository.Owned;
import io.andes.core.infrastructure.Ids;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** See {@link QuotaBatchChanges}: the same rule and audit record as {@link EntitlementUseCases#adjustAdditional}. */
@ApplicationScoped
public class BatchQuotaChanges implements QuotaBatchChanges {

    @Inject
    EntitlementBatchRepository quotas;

    @Inject
    TenantDirectory directory;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    Clock clock;

    @Override
    public void adjustAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Set<TenantId> tenants = changes.stream().map(Change::tenant).collect(Collectors.toSet());
        Map<TenantId, TenantSummary> known = directory.findAll(tenants);
        Map<String, Owned> locked = new HashMap<>();
        quotas.lock(tenants)
                .forEach(owned -> locked.put(
                        key(owned.tenant(), owned.entitlement().type().name()), owned));
        Instant now = clock.instant();
        CurrentUser who = user.get();
        Map<String, Owned> changed = new LinkedHashMap<>();
        List<Audited> events = new ArrayList<>();
        for (Change change : changes) {
            String key = key(change.tenant(), change.type().name());
            Owned owned = locked.get(key);
            if (owned == null) {
                throw new IllegalStateException("Tenant " + change.tenant() + " has no quota " + change.type());
            }
            Entitlement quota = owned.entitlement();
            int before = quota.limit();
            LocalDate today =
                    LocalDate.now(clock.withZone(known.get(change.tenant()).zone()));
            quota.changeAdditional(Math.addExact(quota.additional(), change.delta()), today, now);
            changed.put(key, owned);
            AuditEntry entry = new AuditEntry(
                    "entitlement.limit-changed",
                    change.type().name(),
                    EntitlementUseCases.limitChanged(before, quota.limit(), change.reason()));
            events.add(new Audited(
                    change.tenant(), new AuditEvent(Ids.next(), now, who.auditName(), who.address(), entry)));
        }
        quotas.update(List.copyOf(changed.values()), events);
    }

    private static String key(TenantId tenant, String type) {
        return tenant.value() + "/" + type;
    }
}
