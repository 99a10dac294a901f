package io.andes.store.application;

import io.andes.core.api.EntitlementService;
import io.andes.core.api.TenantPlans;
import io.andes.core.api.TenantSummary;
import io.andes.core.tenancy.TenantId;
import io.andes.store.api.Renewal;
import io.andes.store.api.SubscriptionRenewals;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.catalog.CatalogRepository;
import io.andes.store.domain.catalog.ProductKind;
import io.andes.store.domain.money.TaxRates;
import io.andes.store.domain.order.OrderRepository;
import io.andes.store.domain.order.PendingCharge;
import io.andes.store.domain.subscription.BillingCycle;
import io.andes.store.domain.subscription.SubscribedAddOn;
import io.andes.store.domain.subscription.Subscription;
import io.andes.store.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The store's side of the renewal run: what a renewal charges (the same answer for the preview and for the run) and
 * the renewal itself, in the caller's transaction. Prices are those in force on the new period's first day.
 */
@ApplicationScoped
public class Renewals implements SubscriptionRenewals {

    @Inject
    Subscriptions subscriptions;

    @Inject
    SubscriptionRepository repository;

    @Inject
    OrderRepository orders;

    @Inject
    CatalogRepository catalog;

    @Inject
    TenantPlans plans;

    @Inject
    TaxRates taxes;

    @Inject
    EntitlementService entitlements;

    @Inject
    StoreCalendar calendar;

    /** The catalog as stored now, read in the caller's transaction. */
    private final RenewalTerms.Catalog storedCatalog = new RenewalTerms.Catalog() {
        @Override
        public String planName(String code) {
            return plans.plan(code).map(TenantPlans.PlanView::name).orElse(code);
        }

        @Override
        public AddOn addOn(String code) {
            return Renewals.this.addOn(code);
        }

        @Override
        public Optional<BigDecimal> price(
                ProductKind kind, String code, BillingPeriod period, Currency currency, LocalDate start) {
            return catalog.price(kind, code, period, currency, start)
                    .map(p -> p.amount().amount());
        }
    };

    @Override
    public List<TenantId> candidates(LocalDate latest, int limit) {
        return repository.endingBy(latest, limit);
    }

    @Override
    public Renewal upcoming() {
        subscriptions.ensure();
        return renewalOf(subscriptions.current());
    }

    @Override
    public Optional<Renewal> claimEnded() {
        return repository.claimEndedBy(calendar.today(calendar.tenant())).map(this::renewalOf);
    }

    @Override
    public void renew(Renewal renewal) {
        Subscription subscription = subscriptions.locked();
        if (!subscription.storedCycle().end().equals(renewal.periodStart())) {
            throw new IllegalStateException("The subscription moved since its renewal was claimed");
        }
        Instant now = calendar.now();
        for (SubscribedAddOn held : repository.addOns()) {
            int change = held.renew(now);
            AddOn addOn = addOn(held.addOnCode());
            if (change != 0) {
                addOn.entitlementType()
                        .ifPresent(type -> entitlements.adjustAdditional(
                                type,
                                Math.multiplyExact(change, addOn.unitsPerQuantity()),
                                quotaChangeReason(renewal.periodStart(), held.quantity(), addOn)));
            }
        }
        orders.pendingDueBy(renewal.periodStart()).forEach(PendingCharge::invoiced);
        subscription.renew(now);
    }

    /** Why a renewal changes a quota, as the tenant's audit log records it. */
    static String quotaChangeReason(LocalDate periodStart, int quantity, AddOn addOn) {
        return "renovación del " + periodStart + ": " + quantity + " × " + addOn.name(false);
    }

    private Renewal renewalOf(Subscription subscription) {
        TenantSummary tenant = calendar.tenant();
        BillingCycle ending = subscription.storedCycle();
        LocalDate start = ending.end();
        RenewalTerms terms = new RenewalTerms(
                subscription.id(),
                subscription.planCode(),
                subscription.period(),
                subscription.currency(),
                ending.start(),
                start,
                subscription.endOf(start));
        List<RenewalTerms.Held> held = repository.addOns().stream()
                .map(a -> new RenewalTerms.Held(a.addOnCode(), a.renewalQuantity()))
                .toList();
        List<Renewal.Charge> prorations = orders.pendingDueBy(start).stream()
                .map(c -> new Renewal.Charge(c.id(), c.description(), c.amount().amount()))
                .toList();
        return terms.compose(held, prorations, tenant.country(), taxes.percent(tenant.country()), storedCatalog);
    }

    private AddOn addOn(String code) {
        return catalog.addOn(code).orElseThrow(() -> new IllegalStateException("Unknown add-on " + code));
    }
}
