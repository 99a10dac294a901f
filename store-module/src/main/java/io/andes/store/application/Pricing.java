package io.andes.store.application;

import io.andes.core.api.TenantSummary;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.catalog.CatalogRepository;
import io.andes.store.domain.catalog.Price;
import io.andes.store.domain.catalog.ProductKind;
import io.andes.store.domain.money.Money;
import io.andes.store.domain.money.TaxRates;
import io.andes.store.domain.quote.Quote;
import io.andes.store.domain.quote.QuoteCalculator;
import io.andes.store.domain.quote.QuoteItem;
import io.andes.store.domain.subscription.BillingCycle;
import io.andes.store.domain.subscription.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a basket against the catalog and prices it for the bound tenant: the price in force at the running period's
 * start for the proration, the one in force at the next renewal for the recurring amount.
 */
@ApplicationScoped
public class Pricing {

    public static final int MAX_LINES = 10;

    @Inject
    CatalogRepository catalog;

    @Inject
    TaxRates taxes;

    public Quote quote(Basket basket, Subscription subscription, TenantSummary tenant, LocalDate today) {
        requireTenantCurrency(basket, tenant);
        BillingCycle cycle = subscription.cycleOn(today);
        List<QuoteItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < basket.items().size(); i++) {
            Basket.Item item = basket.items().get(i);
            AddOn addOn = addOn(item, i);
            if (!seen.add(addOn.code())) {
                throw invalid("lines[" + i + "].product", "está repetido", "is repeated");
            }
            if (item.quantity() < 1 || item.quantity() > addOn.maxQuantity()) {
                throw invalid(
                        "lines[" + i + "].quantity",
                        "debe estar entre 1 y " + addOn.maxQuantity(),
                        "must be between 1 and " + addOn.maxQuantity());
            }
            items.add(new QuoteItem(
                    addOn,
                    item.quantity(),
                    price(addOn, subscription, cycle.start()),
                    price(addOn, subscription, cycle.end())));
        }
        return QuoteCalculator.quote(items, cycle, today, tenant.currency(), taxes.percent(tenant.country()));
    }

    /** The add-on's price for a period of the subscription that starts on {@code periodStart}. */
    public Money price(AddOn addOn, Subscription subscription, LocalDate periodStart) {
        return catalog.price(
                        ProductKind.ADDON, addOn.code(), subscription.period(), subscription.currency(), periodStart)
                .map(Price::amount)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.CONFLICT,
                        "«" + addOn.name(false) + "» no tiene precio en " + subscription.currency() + "; no se vende.",
                        "\"" + addOn.name(true) + "\" has no price in " + subscription.currency() + "; not on sale.",
                        Map.of("product", addOn.code())));
    }

    private AddOn addOn(Basket.Item item, int index) {
        String code = item.product() == null ? "" : item.product().strip().toLowerCase(Locale.ROOT);
        return catalog.addOn(code)
                .orElseThrow(() -> invalid(
                        "lines[" + index + "].product", "no es un producto de la tienda", "is not a store product"));
    }

    private static void requireTenantCurrency(Basket basket, TenantSummary tenant) {
        if (basket.items().isEmpty() || basket.items().size() > MAX_LINES) {
            throw invalid(
                    "lines", "debe tener de 1 a " + MAX_LINES + " líneas", "must have 1 to " + MAX_LINES + " lines");
        }
        String currency = basket.currency();
        if (currency != null && !currency.equalsIgnoreCase(tenant.currency().getCurrencyCode())) {
            throw invalid(
                    "currency",
                    "debe ser " + tenant.currency().getCurrencyCode() + ", la moneda de su cuenta",
                    "must be " + tenant.currency().getCurrencyCode() + ", your account's currency");
        }
    }

    private static ProblemException invalid(String field, String spanish, String english) {
        return ProblemException.invalidField(
                field, spanish, "El campo " + field + " " + spanish + ".", "The field " + field + " " + english + ".");
    }
}
