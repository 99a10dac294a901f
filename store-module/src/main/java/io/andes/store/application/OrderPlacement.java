package io.andes.store.application;

import io.andes.core.api.TenantSummary;
import io.andes.core.domain.entitlement.IdempotencyKey;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.store.api.PayNowOrderPlaced;
import io.andes.store.api.StoreViews;
import io.andes.store.domain.order.DuplicateOrderException;
import io.andes.store.domain.order.OrderLine;
import io.andes.store.domain.order.OrderMode;
import io.andes.store.domain.order.OrderNumber;
import io.andes.store.domain.order.OrderRepository;
import io.andes.store.domain.order.PendingCharge;
import io.andes.store.domain.order.StoreOrder;
import io.andes.store.domain.quote.Quote;
import io.andes.store.domain.quote.QuoteCalculator;
import io.andes.store.domain.quote.QuoteLine;
import io.andes.store.domain.subscription.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * "Activar servicios": places an order against the quote the buyer saw and, in the same transaction, raises the
 * tenant's quotas and records the prorated amounts as pending charges for the next renewal invoice (RENEWAL), or has
 * billing invoice the prorated amount at once, the quotas rising when that invoice is paid (PAY_NOW). Once per
 * idempotency key: a retry answers with the first order; purchases of one tenant queue on its subscription's lock.
 */
@ApplicationScoped
public class OrderPlacement {

    @Inject
    Subscriptions subscriptions;

    @Inject
    OrderRepository orders;

    @Inject
    Pricing pricing;

    @Inject
    AddOnActivation activation;

    @Inject
    Event<PayNowOrderPlaced> payNow;

    @Inject
    StoreCalendar calendar;

    @Inject
    StorePresenter presenter;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Transactions transactions;

    /** An order as placed now, or as first placed under the same idempotency key ({@code replayed}). */
    public record Placed(StoreViews.Order order, boolean replayed) {}

    public Placed place(Basket basket, String fingerprint, OrderMode mode, String key, boolean english) {
        IdempotencyKey idempotencyKey = IdempotencyKey.fromHeader(key);
        String request = QuoteCalculator.sha256(mode + "|" + fingerprint + "|" + basket.canonical());
        subscriptions.ensure();
        try {
            return transactions.requiresNew(
                    () -> placeOnce(basket, fingerprint, mode, idempotencyKey.value(), request, english));
        } catch (DuplicateOrderException e) {
            return transactions.requiresNew(() -> orders.byIdempotencyKey(idempotencyKey.value())
                    .map(first -> replay(first, request, english))
                    .orElseThrow(() -> new IllegalStateException("Duplicate idempotency key without an order")));
        }
    }

    private Placed placeOnce(
            Basket basket, String fingerprint, OrderMode mode, String key, String request, boolean english) {
        Subscription subscription = subscriptions.locked();
        var earlier = orders.byIdempotencyKey(key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), request, english);
        }
        TenantSummary tenant = calendar.tenant();
        LocalDate today = calendar.today(tenant);
        Instant now = calendar.now();
        if (!today.isBefore(subscription.storedCycle().end())) {
            // the period ended and its renewal invoice is not issued yet: what is bought now belongs to the new
            // period, which that invoice charges in advance, so pricing it now would charge the same days twice
            throw renewalPending();
        }
        Quote quote = pricing.quote(basket, subscription, tenant, today);
        if (!quote.fingerprint().equals(fingerprint)) {
            throw quoteChanged();
        }
        CurrentUser buyer = caller.get();
        StoreOrder order = new StoreOrder(
                new OrderNumber(orders.lastNumber() + 1),
                mode,
                quote,
                new StoreOrder.Placement(buyer.subject(), buyer.username(), now, key, request));
        orders.add(order);
        int position = 0;
        for (QuoteLine line : quote.lines()) {
            OrderLine orderLine = new OrderLine(order, ++position, line);
            orders.add(orderLine);
            if (mode == OrderMode.RENEWAL) {
                activation.activate(line.addOn(), line.quantity(), order, now);
                orders.add(new PendingCharge(orderLine, line.describe(false), line.prorated(), now));
            }
        }
        if (mode == OrderMode.PAY_NOW) {
            // billing invoices the prorated amount at once, in this transaction; the order activates when paid
            payNow.fire(payNowEvent(order, quote, subscription, today));
        }
        subscription.touch(now);
        return new Placed(presenter.order(order, orders.lines(order), english), false);
    }

    private static PayNowOrderPlaced payNowEvent(
            StoreOrder order, Quote quote, Subscription subscription, LocalDate today) {
        return new PayNowOrderPlaced(
                order.id(),
                order.number().formatted(),
                subscription.id(),
                order.proratedNet().currency().getCurrencyCode(),
                today,
                subscription.storedCycle().end(),
                quote.lines().stream()
                        .map(line -> new PayNowOrderPlaced.Line(
                                line.addOn().code(),
                                line.describe(false),
                                line.quantity(),
                                line.prorated().amount()))
                        .toList(),
                order.proratedNet().amount(),
                order.taxPercent(),
                order.proratedTax().amount(),
                order.proratedTotal().amount());
    }

    private Placed replay(StoreOrder first, String request, boolean english) {
        if (!first.sameRequest(request)) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "La clave de idempotencia ya se usó con otra compra; use una clave nueva.",
                    "The idempotency key was already used with a different purchase; use a new key.",
                    Map.of("order", first.number().formatted()));
        }
        return new Placed(presenter.order(first, orders.lines(first), english), true);
    }

    private static ProblemException renewalPending() {
        return new ProblemException(
                ProblemType.CONFLICT,
                "Su suscripción se está renovando: el período terminó y su factura de renovación aún no se emite."
                        + " Intente de nuevo en unos minutos. No se activó ni cobró nada.",
                "Your subscription is being renewed: the period ended and its renewal invoice is not issued yet. Try"
                        + " again in a few minutes. Nothing was activated or charged.",
                Map.of("reason", "renewal-pending"));
    }

    private static ProblemException quoteChanged() {
        return new ProblemException(
                ProblemType.CONFLICT,
                "Los precios o el período cambiaron desde la cotización; revise la nueva cotización y vuelva a"
                        + " activar. No se activó ni cobró nada.",
                "Prices or the period changed since the quote; review the new quote and activate again. Nothing was"
                        + " activated or charged.",
                Map.of("reason", "quote-changed"));
    }
}
