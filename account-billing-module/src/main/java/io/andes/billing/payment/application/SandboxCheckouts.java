package io.andes.billing.payment.application;

import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.billing.payment.domain.PaymentStatus;
import io.andes.billing.payment.domain.SandboxCard;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's hosted checkout (no real money): the bound tenant's buyer types a test card. The paying card settles
 * the payment as Stripe's webhook would; the declined card fails it with a clear reason (the order stays pending);
 * the retry card fails its first try with a processing error and pays on the next. A setup checkout saves the card.
 */
@ApplicationScoped
public class SandboxCheckouts {

    private static final String SETUP = "sbx_cs_setup_";

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentSettlement settlement;

    @Inject
    PaymentAccounts accounts;

    @Inject
    Transactions transactions;

    private final Set<String> retried = ConcurrentHashMap.newKeySet();

    /** What the checkout page shows before paying: the payment, or nothing for a card setup. */
    public PaymentViews.Checkout describe(String session) {
        return session != null && session.startsWith(SETUP)
                ? new PaymentViews.Checkout(null, null, "PENDING", null, null, null)
                : transactions.required(() -> PaymentPresenter.checkout(payment(session)));
    }

    public PaymentViews.SandboxResult complete(String session, String cardNumber) {
        SandboxCard card = SandboxCard.byNumber(cardNumber)
                .orElseThrow(() -> ProblemException.invalidField(
                        "card",
                        "no es una tarjeta de prueba",
                        "Use una de las tarjetas de prueba del sandbox.",
                        "Use one of the sandbox test cards."));
        if (card == SandboxCard.RETRY && retried.add(session)) {
            return new PaymentViews.SandboxResult(
                    false, "Error de procesamiento de la tarjeta: intente de nuevo.", null);
        }
        if (session != null && session.startsWith(SETUP)) {
            return saveCard(card);
        }
        return transactions.requiresNew(() -> {
            Payment payment = payment(session);
            if (card == SandboxCard.DECLINED) {
                settlement.failed(payment.id(), "Tarjeta rechazada (sandbox)");
                return new PaymentViews.SandboxResult(
                        false, "Su tarjeta fue rechazada. No se cobró nada.", payment.invoiceNumber());
            }
            settlement.succeeded(payment.id(), "sbx_pi_" + payment.id(), null);
            return new PaymentViews.SandboxResult(true, "Pago aprobado.", payment.invoiceNumber());
        });
    }

    private PaymentViews.SandboxResult saveCard(SandboxCard card) {
        if (card == SandboxCard.DECLINED) {
            return new PaymentViews.SandboxResult(false, "Su tarjeta fue rechazada; no se guardó.", null);
        }
        transactions.requiresNew(() -> {
            accounts.cardSaved(PaymentGateways.SANDBOX, card.ref(), card.saved(), card.label());
            return null;
        });
        return new PaymentViews.SandboxResult(true, "Tarjeta guardada.", null);
    }

    /** The bound tenant's pending sandbox payment of {@code session}; another tenant's is not found. */
    private Payment payment(String session) {
        return payments.byCheckout(session == null ? "" : session)
                .filter(payment -> payment.gateway().equals(PaymentGateways.SANDBOX))
                .filter(payment -> payment.status() != PaymentStatus.REFUNDED)
                .filter(payment -> payment.status() != PaymentStatus.EXPIRED)
                .orElseThrow(() -> ProblemException.notFound("el pago de prueba", "The sandbox payment"));
    }
}
