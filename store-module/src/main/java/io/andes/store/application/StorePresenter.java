package io.andes.store.application;

import io.andes.store.api.StoreViews;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.catalog.CatalogRepository;
import io.andes.store.domain.money.Money;
import io.andes.store.domain.money.Proration;
import io.andes.store.domain.order.OrderLine;
import io.andes.store.domain.order.PendingCharge;
import io.andes.store.domain.order.StoreOrder;
import io.andes.store.domain.quote.Quote;
import io.andes.store.domain.quote.QuoteLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/** Turns quotes, orders and charges into the views clients see, in Spanish or English. */
@ApplicationScoped
public class StorePresenter {

    @Inject
    CatalogRepository catalog;

    public StoreViews.Quote quote(Quote quote, String billingPeriod, boolean english) {
        Proration proration = quote.lines().get(0).proration();
        return new StoreViews.Quote(
                quote.proratedNet().currency().getCurrencyCode(),
                billingPeriod,
                proration.activatedOn(),
                proration.periodStart(),
                proration.periodEnd().minusDays(1),
                proration.periodEnd(),
                percent(quote.taxPercent()),
                quote.lines().stream().map(l -> line(l, english)).toList(),
                new StoreViews.Totals(
                        quote.proratedNet().amount(),
                        quote.proratedTax().amount(),
                        quote.proratedTotal().amount()),
                new StoreViews.Totals(
                        quote.recurringNet().amount(),
                        quote.recurringTax().amount(),
                        quote.recurringTotal().amount()),
                quote.fingerprint());
    }

    private static StoreViews.QuoteLine line(QuoteLine line, boolean english) {
        return new StoreViews.QuoteLine(
                line.addOn().code(),
                line.addOn().name(english),
                line.quantity(),
                line.unitPrice().amount(),
                line.renewalUnitPrice().amount(),
                line.proration().daysRemaining(),
                line.proration().daysInPeriod(),
                line.prorated().amount(),
                line.recurring().amount(),
                line.describe(english));
    }

    public StoreViews.Order order(StoreOrder order, List<OrderLine> lines, boolean english) {
        Currency currency = order.proratedNet().currency();
        return new StoreViews.Order(
                order.id(),
                order.number().formatted(),
                order.mode().name(),
                order.status().name(),
                order.orderedBy(),
                order.orderedAt(),
                order.activatedAt().orElse(null),
                currency.getCurrencyCode(),
                percent(order.taxPercent()),
                lines.stream().map(l -> line(l, currency, english)).toList(),
                new StoreViews.Totals(
                        order.proratedNet().amount(),
                        order.proratedTax().amount(),
                        order.proratedTotal().amount()),
                order.recurringNet().amount(),
                order.quoteFingerprint());
    }

    private StoreViews.QuoteLine line(OrderLine line, Currency currency, boolean english) {
        AddOn addOn = catalog.addOn(line.addOnCode()).orElseThrow();
        Money prorated = line.prorated(currency);
        return line(
                new QuoteLine(
                        addOn,
                        line.quantity(),
                        line.unitPrice(currency),
                        line.renewalUnitPrice(currency),
                        line.proration(),
                        prorated,
                        line.recurring(currency)),
                english);
    }

    /** Two decimals always, so that an answer replayed from the database reads the same as the first. */
    private static BigDecimal percent(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP);
    }

    public StoreViews.OrderSummary summary(StoreOrder order) {
        return new StoreViews.OrderSummary(
                order.id(),
                order.number().formatted(),
                order.mode().name(),
                order.status().name(),
                order.orderedBy(),
                order.orderedAt(),
                order.proratedTotal().currency().getCurrencyCode(),
                order.proratedTotal().amount());
    }

    public StoreViews.PendingCharge charge(PendingCharge charge) {
        return new StoreViews.PendingCharge(
                charge.id(),
                charge.orderId(),
                charge.description(),
                charge.amount().currency().getCurrencyCode(),
                charge.amount().amount(),
                charge.dueOn(),
                charge.status(),
                charge.createdAt());
    }
}
