package io.andes.store.application;

import io.andes.core.api.TenantPlans;
import io.andes.core.api.TenantSummary;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.store.api.PriceSheet;
import io.andes.store.api.StoreCatalog;
import io.andes.store.api.StoreViews;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.catalog.CatalogRepository;
import io.andes.store.domain.catalog.Price;
import io.andes.store.domain.catalog.ProductKind;
import io.andes.store.domain.money.Money;
import io.andes.store.domain.money.TaxRates;
import io.andes.store.domain.subscription.SubscribedAddOn;
import io.andes.store.domain.subscription.Subscription;
import io.andes.store.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalog: the add-ons on sale with the bound tenant's prices, and (platform staff) a new price from a date,
 * which reaches each subscription at its next renewal.
 */
@ApplicationScoped
public class CatalogUseCases implements StoreCatalog {

    @Inject
    CatalogRepository catalog;

    @Inject
    Subscriptions subscriptions;

    @Inject
    SubscriptionRepository held;

    @Inject
    Pricing pricing;

    @Inject
    StoreCalendar calendar;

    @Inject
    TenantPlans plans;

    @Inject
    Transactions transactions;

    @Inject
    TaxRates taxes;

    @Override
    public PriceSheet priceSheet() {
        List<StoreViews.Product> products = products(false);
        TenantSummary tenant = calendar.tenant();
        return new PriceSheet(
                products.isEmpty()
                        ? tenant.currency().getCurrencyCode()
                        : products.get(0).currency(),
                products.isEmpty() ? null : products.get(0).billingPeriod(),
                taxes.percent(tenant.country()),
                products.stream().collect(Collectors.toMap(StoreViews.Product::code, StoreViews.Product::unitPrice)));
    }

    public List<StoreViews.Product> products(boolean english) {
        subscriptions.ensure();
        return transactions.required(() -> {
            TenantSummary tenant = calendar.tenant();
            Subscription subscription = subscriptions.current();
            LocalDate start = subscription.cycleOn(calendar.today(tenant)).start();
            return catalog.addOns().stream()
                    .map(addOn -> product(addOn, subscription, start, english))
                    .toList();
        });
    }

    private StoreViews.Product product(AddOn addOn, Subscription subscription, LocalDate start, boolean english) {
        return new StoreViews.Product(
                addOn.code(),
                addOn.name(english),
                addOn.entitlementType().map(Enum::name).orElse(null),
                addOn.unitsPerQuantity(),
                addOn.maxQuantity(),
                subscription.currency().getCurrencyCode(),
                subscription.period().name(),
                pricing.price(addOn, subscription, start).amount(),
                held.addOn(addOn.code()).map(SubscribedAddOn::quantity).orElse(0));
    }

    /** Adds a price valid from {@code validFrom} (never before today, UTC): issued figures never change. */
    @Transactional
    public void addPrice(
            ProductKind kind, String code, BillingPeriod period, Money amount, LocalDate validFrom, LocalDate today) {
        boolean exists = kind == ProductKind.ADDON
                ? catalog.addOn(code).isPresent()
                : plans.plan(code).isPresent();
        if (!exists) {
            throw ProblemException.invalidField(
                    "product", "no existe", "El producto no existe.", "The product does not exist.");
        }
        if (validFrom.isBefore(today)) {
            throw ProblemException.invalidField(
                    "validFrom",
                    "no puede ser anterior a hoy",
                    "Un precio no cambia hacia atrás: validFrom no puede ser anterior a hoy.",
                    "A price does not change backwards: validFrom cannot be before today.");
        }
        catalog.add(new Price(kind, code, period, amount, validFrom, calendar.now()));
    }
}
