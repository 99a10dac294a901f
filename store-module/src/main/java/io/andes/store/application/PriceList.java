package io.andes.store.application;

import io.andes.core.api.TenantPlans;
import io.andes.core.problem.ProblemException;
import io.andes.store.api.StorePrices;
import io.andes.store.api.StoreViews;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.catalog.CatalogRepository;
import io.andes.store.domain.catalog.Price;
import io.andes.store.domain.catalog.ProductKind;
import io.andes.store.domain.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The price list of the console: what is in force today, what is scheduled, and a new price from a date. */
@ApplicationScoped
public class PriceList implements StorePrices {

    static final Set<String> CURRENCIES = Set.of("CLP", "COP", "MXN", "USD");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    @Inject
    CatalogRepository catalog;

    @Inject
    CatalogUseCases catalogUseCases;

    @Inject
    TenantPlans plans;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public List<StoreViews.CatalogPrice> prices(boolean english) {
        LocalDate today = today();
        Map<String, List<Price>> byProduct = new LinkedHashMap<>();
        for (Price price : catalog.prices()) {
            byProduct.computeIfAbsent(key(price), k -> new ArrayList<>()).add(price);
        }
        List<StoreViews.CatalogPrice> list = new ArrayList<>();
        for (List<Price> prices : byProduct.values()) {
            prices.sort((a, b) -> a.validFrom().compareTo(b.validFrom()));
            String name = name(prices.get(0).kind(), prices.get(0).productCode(), english);
            prices.stream()
                    .filter(p -> !p.validFrom().isAfter(today))
                    .reduce((older, newer) -> newer)
                    .ifPresent(inForce -> list.add(view(inForce, name, true)));
            prices.stream()
                    .filter(p -> p.validFrom().isAfter(today))
                    .forEach(scheduled -> list.add(view(scheduled, name, false)));
        }
        return list;
    }

    @Override
    @Transactional
    public StoreViews.CatalogPrice change(
            String kind,
            String product,
            String billingPeriod,
            String currency,
            BigDecimal amount,
            LocalDate validFrom,
            boolean english) {
        ProductKind parsedKind = parse(ProductKind.class, "kind", kind);
        BillingPeriod period = parse(BillingPeriod.class, "billingPeriod", billingPeriod);
        Money money = money(currency, amount);
        if (validFrom == null) {
            throw invalid("validFrom", "es obligatorio", "Indique desde qué fecha rige.", "State from which date.");
        }
        catalogUseCases.addPrice(parsedKind, product, period, money, validFrom, today());
        Price added = new Price(parsedKind, product, period, money, validFrom, clock.instant());
        return view(added, name(parsedKind, product, english), !validFrom.isAfter(today()));
    }

    private static Money money(String currency, BigDecimal amount) {
        if (currency == null || !CURRENCIES.contains(currency)) {
            throw invalid("currency", "no es válida", "Elija CLP, COP, MXN o USD.", "Choose CLP, COP, MXN or USD.");
        }
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw invalid(
                    "amount",
                    "debe estar entre 0 y 1.000.000.000",
                    "El precio debe estar entre 0 y 1.000.000.000.",
                    "The price must be between 0 and 1,000,000,000.");
        }
        try {
            return new Money(amount, Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            throw invalid(
                    "amount",
                    "tiene demasiados decimales",
                    "Un precio en " + currency + " lleva " + digits + " decimales como máximo.",
                    "A price in " + currency + " has at most " + digits + " decimals.");
        }
    }

    private static StoreViews.CatalogPrice view(Price price, String name, boolean inForce) {
        Money amount = price.amount();
        return new StoreViews.CatalogPrice(
                price.kind().name(),
                price.productCode(),
                name,
                price.period().name(),
                amount.currency().getCurrencyCode(),
                amount.amount(),
                price.validFrom(),
                inForce);
    }

    private String name(ProductKind kind, String code, boolean english) {
        return kind == ProductKind.PLAN
                ? plans.plan(code).map(TenantPlans.PlanView::name).orElse(code)
                : catalog.addOn(code).map(a -> a.name(english)).orElse(code);
    }

    private static String key(Price price) {
        return price.kind() + "|" + price.productCode() + "|" + price.period() + "|"
                + price.amount().currency().getCurrencyCode();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String raw) {
        try {
            return Enum.valueOf(type, raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(
                    field,
                    "no es válido",
                    "El campo " + field + " no es válido.",
                    "The field " + field + " is not valid.");
        }
    }

    private static ProblemException invalid(String field, String shortText, String spanish, String english) {
        return ProblemException.invalidField(field, shortText, spanish, english);
    }
}
