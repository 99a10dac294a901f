package io.andes.store.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.store.api.Renewal;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.catalog.ProductKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one renewal of a subscription charges, composed from the subscription's stored period and the catalog: the one
 * composition that the preview, the one-by-one renewal and the batch renewal share, so that they always agree.
 */
record RenewalTerms(
        String subscriptionId,
        String planCode,
        BillingPeriod period,
        Currency currency,
        LocalDate endingStart,
        LocalDate start,
        LocalDate end) {

    /** Where the catalog's names and prices come from (the database, or a snapshot taken for a batch). */
    interface Catalog {
        String planName(String code);

        AddOn addOn(String code);

        /** The price in force for a period that starts on {@code start}. */
        Optional<BigDecimal> price(
                ProductKind kind, String code, BillingPeriod period, Currency currency, LocalDate start);
    }

    /** An add-on held, with its quantity from the next renewal. */
    record Held(String code, int renewalQuantity) {}

    Renewal compose(
            List<Held> addOns,
            List<Renewal.Charge> prorations,
            String country,
            BigDecimal taxPercent,
            Catalog catalog) {
        Renewal.Item plan = new Renewal.Item(
                planCode, "Plan " + catalog.planName(planCode), 1, price(ProductKind.PLAN, planCode, catalog));
        List<Renewal.Item> items = addOns.stream()
                .filter(held -> held.renewalQuantity() > 0)
                .map(held -> {
                    AddOn addOn = catalog.addOn(held.code());
                    return new Renewal.Item(
                            addOn.code(),
                            addOn.name(false),
                            held.renewalQuantity(),
                            price(ProductKind.ADDON, addOn.code(), catalog));
                })
                .toList();
        return new Renewal(
                subscriptionId,
                currency.getCurrencyCode(),
                country,
                taxPercent,
                endingStart,
                start,
                end,
                plan,
                items,
                prorations);
    }

    private BigDecimal price(ProductKind kind, String code, Catalog catalog) {
        return catalog.price(kind, code, period, currency, start)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.CONFLICT,
                        "«" + code + "» no tiene precio en " + currency + " para el " + start + ".",
                        "\"" + code + "\" has no price in " + currency + " for " + start + ".",
                        Map.of("product", code)));
    }
}
