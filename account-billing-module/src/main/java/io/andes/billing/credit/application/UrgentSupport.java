package io.andes.billing.credit.application;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.domain.UrgentPurchase;
import io.andes.billing.credit.domain.UrgentSupportRepository;
import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.core.domain.entitlement.IdempotencyKey;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.store.api.OneOffCharges;
import io.andes.store.api.Renewal;
import io.andes.ticketing.api.TicketFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A tenant-admin buys "Soporte urgente" for one of the tenant's open tickets, all in one transaction: the catalog price
 * becomes a pending charge of the next renewal (mode RENEWAL), or an invoice of its own paid now with the card on file
 * (mode CHARGE_NOW: no card → 409, a decline → 422 and nothing changes); the ticket becomes urgent (its tier's urgent
 * SLA targets) once the price is charged or on the renewal — never for a declined card. Once per ticket (409 after); a
 * retry under the same Idempotency-Key answers with the first purchase.
 */
@ApplicationScoped
public class UrgentSupport {

    @Inject
    UrgentSupportRepository repository;

    @Inject
    TicketFacts tickets;

    @Inject
    OneOffCharges charges;

    @Inject
    BillingCalendar calendar;

    @Inject
    AuditLog audit;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Transactions transactions;

    @Inject
    UrgentCharge urgentCharge;

    /** A purchase as made now, or as first made under the same key ({@code replayed}). */
    public record Bought(CreditViews.UrgentPurchase purchase, boolean replayed) {}

    public Bought buy(String ticket, String key, String mode) {
        IdempotencyKey idempotencyKey = IdempotencyKey.fromHeader(key);
        boolean now = UrgentPurchase.CHARGE_NOW.equals(mode);
        if (mode != null && !now && !UrgentPurchase.RENEWAL.equals(mode)) {
            throw ProblemException.invalidField(
                    "mode",
                    "El modo es RENEWAL (a la próxima renovación) o CHARGE_NOW (a la tarjeta ahora).",
                    "El modo es RENEWAL (a la próxima renovación) o CHARGE_NOW (a la tarjeta ahora).",
                    "The mode is RENEWAL (on the next renewal) or CHARGE_NOW (to the card now).");
        }
        try {
            return transactions.requiresNew(() -> buyOnce(ticket, idempotencyKey.value(), now));
        } catch (ProblemException e) {
            // a simultaneous retry under the same key lost the race on the unique keys: it is that purchase
            return transactions
                    .requiresNew(() -> repository.purchaseByKey(idempotencyKey.value()))
                    .map(first -> replay(first, ticket))
                    .orElseThrow(() -> e);
        }
    }

    /** The catalog price of urgent support for the bound tenant today, net; 409 when it has none in its currency. */
    public BigDecimal price() {
        return transactions.requiresNew(() -> charges.price(UrgentPurchase.PRODUCT));
    }

    public Page<CreditViews.UrgentPurchase> list(PageRequest page) {
        return transactions.requiresNew(() -> new Page<>(
                repository.purchases(page.offset(), page.size()).stream()
                        .map(UrgentSupport::view)
                        .toList(),
                page.page(),
                page.size(),
                repository.countPurchases()));
    }

    private Bought buyOnce(String ticket, String key, boolean chargeNow) {
        var earlier = repository.purchaseByKey(key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), ticket);
        }
        TicketFacts.Fact fact = tickets.find(ticket)
                .orElseThrow(() -> ProblemException.notFound("el ticket " + ticket, "Ticket " + ticket));
        if (repository.purchaseOf(fact.number()).isPresent()) {
            throw UrgentPurchase.alreadyBought(fact.number());
        }
        String buyer = caller.get().auditName();
        String currency = calendar.tenant().currency().getCurrencyCode();
        UrgentPurchase purchase;
        if (chargeNow) {
            urgentCharge.requireCard();
            purchase = UrgentPurchase.chargedNow(
                    fact.number(), key, currency, charges.price(UrgentPurchase.PRODUCT), buyer, calendar.now());
            urgentCharge.charge(purchase);
        } else {
            Renewal.Charge charge = charges.addToRenewal(
                    UrgentPurchase.PRODUCT,
                    UrgentPurchase.PRODUCT + ":" + fact.number(),
                    "Soporte urgente, ticket " + fact.number());
            purchase = new UrgentPurchase(
                    fact.number(), key, currency, charge.amount(), charge.id(), buyer, calendar.now());
        }
        tickets.raiseToUrgent(fact.number(), "Soporte urgente contratado por " + buyer + ".");
        repository.add(purchase);
        audit.record(new AuditEntry(
                "urgent-support.purchased",
                fact.number(),
                purchase.mode() + " " + purchase.amount().toPlainString() + " " + purchase.currency()));
        return new Bought(view(purchase), false);
    }

    private static Bought replay(UrgentPurchase first, String ticket) {
        if (!first.ticketNumber().equalsIgnoreCase(ticket == null ? "" : ticket.strip())) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "La clave de idempotencia ya se usó con otra compra; use una clave nueva.",
                    "The idempotency key was already used with a different purchase; use a new key.",
                    Map.of("ticket", first.ticketNumber()));
        }
        return new Bought(view(first), true);
    }

    static CreditViews.UrgentPurchase view(UrgentPurchase purchase) {
        return new CreditViews.UrgentPurchase(
                purchase.id(),
                purchase.ticketNumber(),
                purchase.currency(),
                purchase.amount(),
                purchase.mode(),
                purchase.purchasedBy(),
                purchase.purchasedAt());
    }
}
