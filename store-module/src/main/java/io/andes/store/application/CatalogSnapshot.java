package io.andes.store.application;

import io.andes.core.api.TenantPlans;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.catalog.Price;
import io.andes.store.domain.catalog.ProductKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog as one batch's transaction read it (add-ons, every price row, plan names on first use), so that a batch
 * of renewals prices from memory exactly as {@link io.andes.store.domain.catalog.CatalogRepository#price} would.
 */
final class CatalogSnapshot implements RenewalTerms.Catalog {

    private final Map<String, AddOn> addOns;
    private final List<Price> prices;
    private final TenantPlans plans;
    private final Map<String, String> planNames = new HashMap<>();

    CatalogSnapshot(List<AddOn> addOns, List<Price> prices, TenantPlans plans) {
        this.addOns = addOns.stream().collect(Collectors.toMap(AddOn::code, Function.identity()));
        this.prices = List.copyOf(prices);
        this.plans = plans;
    }

    @Override
    public String planName(String code) {
        return planNames.computeIfAbsent(
                code, c -> plans.plan(c).map(TenantPlans.PlanView::name).orElse(c));
    }

    @Override
    public AddOn addOn(String code) {
        AddOn addOn = addOns.get(code);
        if (addOn == null) {
            throw new IllegalStateException("Unknown add-on " + code);
        }
        return addOn;
    }

    @Override
    public Optional<BigDecimal> price(
            ProductKind kind, String code, BillingPeriod period, Currency currency, LocalDate start) {
        return prices.stream()
                .filter(p -> p.kind() == kind
                        && p.productCode().equals(code)
                        && p.period() == period
                        && p.amount().currency().equals(currency)
                        && !p.validFrom().isAfter(start))
                .max(Comparator.comparing(Price::validFrom))
                .map(p -> p.amount().amount());
    }
}
