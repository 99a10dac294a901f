package io.andes.billing.credit.application;

import io.andes.billing.credit.domain.UrgentPurchase;
import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.invoice.application.InvoiceBook;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.payment.api.CardPayments;
import io.andes.billing.payment.domain.MinorUnits;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.TenantBinding;
import io.andes.store.api.Renewal;
import io.andes.store.api.SubscriptionEnding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Urgent support paid now, in the purchase's transaction: an invoice of its own (like a store order paid at once: the
 * next gapless number, the tenant's IVA, due today) charged off-session to the card on file. A decline or a gateway
 * failure throws, so the whole purchase rolls back: no invoice, no purchase, the ticket keeps its priority. The
 * gateway's idempotency key comes from the buyer's Idempotency-Key, so a retry after a timeout reaches the same charge.
 */
@ApplicationScoped
class UrgentCharge {

    @Inject
    InvoiceBook book;

    @Inject
    SubscriptionEnding subscriptions;

    @Inject
    BillingCalendar calendar;

    @Inject
    CardPayments cards;

    @Inject
    TenantBinding binding;

    /** 409 before anything is written when no card is on file. */
    void requireCard() {
        if (!cards.cardOnFile()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "No hay una tarjeta guardada: regístrela en Mis tarjetas, o agregue el soporte urgente a la próxima"
                            + " renovación.",
                    "There is no card on file: save one in Mis tarjetas (My cards), or add urgent support to the next"
                            + " renewal.",
                    Map.of("reason", "no-card-on-file"));
        }
    }

    /** Invoices the purchase and charges the card; answers the invoice, paid. */
    Invoice charge(UrgentPurchase purchase) {
        SubscriptionEnding.Ending standing = subscriptions.standing();
        LocalDate today = calendar.today();
        LocalDate until = standing.periodEnd().isAfter(today) ? standing.periodEnd() : today.plusDays(1);
        InvoiceDraft draft = InvoiceDraft.ofCharges(
                InvoiceDraft.frame(standing.currency(), standing.country(), today, until, standing.taxPercent()),
                List.of(new Renewal.Charge(
                        purchase.id(), "Soporte urgente, ticket " + purchase.ticketNumber(), purchase.amount())),
                List.of());
        MinorUnits.requireChargeable(draft.total(), draft.currency());
        Invoice invoice = book.issuePaidAtOnce(purchase.id(), standing.subscriptionId(), draft);
        CardPayments.Charged charged = cards.chargeNow(
                invoice.id(),
                purchase.purchasedBy(),
                "andes-urgent-" + binding.require().value() + "-" + purchase.idempotencyKey());
        if (!charged.succeeded()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "La tarjeta no pagó el soporte urgente (" + charged.failure() + "): no se cobró nada y el ticket"
                            + " sigue con su prioridad. Actualice la tarjeta en Mis tarjetas y use una nueva clave, o"
                            + " agréguelo a la próxima renovación.",
                    "The card did not pay for urgent support (" + charged.failure() + "): nothing was charged and the"
                            + " ticket keeps its priority. Update the card in Mis tarjetas and use a new key, or add it"
                            + " to the next renewal.",
                    Map.of("reason", "card-declined"));
        }
        purchase.invoiced(invoice.id());
        return invoice;
    }
}
