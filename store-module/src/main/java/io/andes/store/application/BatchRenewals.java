package io.andes.store.application;

import io.andes.core.api.QuotaBatchChanges;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantPlans;
import io.andes.core.api.TenantSummary;
import io.andes.core.tenancy.TenantId;
import io.andes.store.api.ClaimedRenewal;
import io.andes.store.api.Renewal;
import io.andes.store.api.SubscriptionBatchRenewals;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.catalog.CatalogRepository;
import io.andes.store.domain.money.TaxRates;
import io.andes.store.domain.subscription.SubscriptionBatchRepository;
import io.andes.store.domain.subscription.SubscriptionBatchRepository.Ended;
import io.andes.store.domain.subscription.SubscriptionBatchRepository.HeldAddOn;
import io.andes.store.domain.subscription.SubscriptionBatchRepository.Pending;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** The store's side of the renewal run's batches; see {@link SubscriptionBatchRenewals}. */
@ApplicationScoped
public class BatchRenewals implements SubscriptionBatchRenewals {

    private static final Logger LOG = Logger.getLogger(BatchRenewals.class.getName());

    @Inject
    SubscriptionBatchRepository batches;

    @Inject
    CatalogRepository catalog;

    @Inject
    TenantPlans plans;

    @Inject
    TaxRates taxes;

    @Inject
    TenantDirectory directory;

    @Inject
    QuotaBatchChanges quotas;

    @Inject
    Clock clock;

    @Override
    public List<ClaimedRenewal> claimEnded(Collection<TenantId> tenants) {
        Map<TenantId, TenantSummary> known = directory.findAll(tenants);
        List<Ended> ended = batches.claimEnded(known.keySet(), LocalDate.now(clock.withZone(ZoneOffset.MAX)));
        if (ended.isEmpty()) {
            return List.of();
        }
        List<TenantId> claimed = ended.stream().map(Ended::tenant).toList();
        Map<TenantId, List<HeldAddOn>> held =
                batches.addOns(claimed).stream().collect(Collectors.groupingBy(HeldAddOn::tenant));
        Map<TenantId, List<Pending>> pending =
                batches.pending(claimed).stream().collect(Collectors.groupingBy(Pending::tenant));
        CatalogSnapshot snapshot = new CatalogSnapshot(catalog.addOns(), catalog.prices(), plans);
        List<ClaimedRenewal> renewals = new ArrayList<>();
        for (Ended subscription : ended) {
            TenantSummary tenant = known.get(subscription.tenant());
            LocalDate today = LocalDate.now(clock.withZone(tenant.zone()));
            List<HeldAddOn> addOns = held.getOrDefault(subscription.tenant(), List.of());
            if (subscription.periodEnd().isAfter(today)) {
                continue; // not due yet in its time zone
            }
            try {
                Renewal renewal = renewalOf(
                        subscription, tenant, addOns, pending.getOrDefault(subscription.tenant(), List.of()), snapshot);
                renewals.add(new ClaimedRenewal(tenant, today, renewal));
            } catch (RuntimeException e) {
                // left to the one-by-one renewal, which records why it fails
                LOG.log(Level.FINE, "Renewal of {0} left out of its batch: {1}", new Object[] {
                    tenant.id(), e.getMessage()
                });
            }
        }
        return renewals;
    }

    private Renewal renewalOf(
            Ended subscription,
            TenantSummary tenant,
            List<HeldAddOn> addOns,
            List<Pending> pending,
            CatalogSnapshot snapshot) {
        LocalDate start = subscription.periodEnd();
        RenewalTerms terms = new RenewalTerms(
                subscription.id(),
                subscription.planCode(),
                subscription.period(),
                Currency.getInstance(subscription.currency()),
                subscription.periodStart(),
                start,
                subscription.period().endOf(start, subscription.anchorDay()));
        List<Renewal.Charge> prorations = pending.stream()
                .filter(charge -> !charge.dueOn().isAfter(start))
                .map(charge -> new Renewal.Charge(charge.id(), charge.description(), charge.amount()))
                .toList();
        return terms.compose(
                addOns.stream()
                        .map(a -> new RenewalTerms.Held(a.code(), a.renewalQuantity()))
                        .toList(),
                prorations,
                tenant.country(),
                taxes.percent(tenant.country()),
                snapshot);
    }

    /** The quota changes of add-ons whose quantity from the renewal differs from today's, as {@code Renewals#renew}. */
    private List<QuotaBatchChanges.Change> quotaChanges(List<ClaimedRenewal> claimed) {
        Map<TenantId, LocalDate> starts = claimed.stream()
                .collect(Collectors.toMap(c -> c.tenant().id(), c -> c.renewal().periodStart()));
        List<HeldAddOn> changing = batches.addOns(starts.keySet()).stream()
                .filter(a -> a.quantity() != a.renewalQuantity())
                .toList();
        if (changing.isEmpty()) {
            return List.of();
        }
        Map<String, AddOn> addOns =
                catalog.addOns().stream().collect(Collectors.toMap(AddOn::code, Function.identity()));
        List<QuotaBatchChanges.Change> changes = new ArrayList<>();
        for (HeldAddOn held : changing) {
            AddOn addOn = addOns.get(held.code());
            int change = held.renewalQuantity() - held.quantity();
            addOn.entitlementType()
                    .ifPresent(type -> changes.add(new QuotaBatchChanges.Change(
                            held.tenant(),
                            type,
                            Math.multiplyExact(change, addOn.unitsPerQuantity()),
                            Renewals.quotaChangeReason(starts.get(held.tenant()), held.renewalQuantity(), addOn))));
        }
        return changes;
    }

    @Override
    public void renewAll(List<ClaimedRenewal> claimed) {
        List<SubscriptionBatchRepository.Move> moves = new ArrayList<>();
        List<Pending> invoiced = new ArrayList<>();
        for (ClaimedRenewal c : claimed) {
            TenantId tenant = c.tenant().id();
            Renewal renewal = c.renewal();
            moves.add(new SubscriptionBatchRepository.Move(
                    tenant, renewal.subscriptionId(), renewal.periodStart(), renewal.periodEnd()));
            renewal.prorations()
                    .forEach(p -> invoiced.add(
                            new Pending(tenant, p.id(), p.description(), p.amount(), renewal.periodStart())));
        }
        quotas.adjustAll(quotaChanges(claimed));
        batches.renew(moves, invoiced, clock.instant());
    }
}
