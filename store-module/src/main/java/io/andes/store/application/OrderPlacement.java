package io.andes.store.application;

import io.andes.core.api.EntitlementService;
import io.andes.core.api.TenantSummary;
import io.andes.core.domain.entitlement.IdempotencyKey;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.store.api.StoreViews;
import io.andes.store.domain.catalog.AddOn;
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
import io.andes.store.domain.subscription.SubscribedAddOn;
import io.andes.store.domain.subscription.Subscription;
import io.andes.store.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * "Activar servicios": places an order against the quote the buyer saw and, in the same transaction, raises the
 * tenant's quotas and records the prorated amounts as pending charges for the next renewal invoice. Once per
 * idempotency key: a retry answers with the first order; purchases of one tenant queue on its subscription's lock.
 */
@ApplicationScoped
public class OrderPlacement {

    @Inject
    Subscriptions subscriptions;

    @Inject
    SubscriptionRepository addOns;

    @Inject
    OrderRepository orders;

    @Inject
    Pricing pricing;

    @Inject
    EntitlementService entitlements;

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
        if (mode != OrderMode.RENEWAL) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "El pago en línea aún no está disponible; active con cargo a la próxima renovación (RENEWAL).",
                    "Paying online is not available yet; activate with a charge on the next renewal (RENEWAL).");
        }
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
            activate(line, order, now);
            orders.add(new PendingCharge(orderLine, line.describe(false), line.prorated(), now));
        }
        subscription.touch(now);
        return new Placed(presenter.order(order, orders.lines(order), english), false);
    }

    /** Raises the subscription's add-on and, for a quota add-on, the tenant's limit at once (audited by the core). */
    private void activate(QuoteLine line, StoreOrder order, Instant now) {
        AddOn addOn = line.addOn();
        SubscribedAddOn held = addOns.addOn(addOn.code()).orElseGet(() -> {
            SubscribedAddOn created = new SubscribedAddOn(addOn, now);
            addOns.add(created);
            return created;
        });
        held.buy(addOn, line.quantity(), now);
        addOn.entitlementType()
                .ifPresent(type -> entitlements.adjustAdditional(
                        type,
                        Math.multiplyExact(line.quantity(), addOn.unitsPerQuantity()),
                        "pedido " + order.number() + ": " + line.quantity() + " × " + addOn.name(false)));
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
