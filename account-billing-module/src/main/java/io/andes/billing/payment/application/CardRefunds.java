package io.andes.billing.payment.application;

import io.andes.billing.credit.api.RefundRequests;
import io.andes.billing.payment.api.RefundsAtGateway;
import io.andes.billing.payment.domain.MinorUnits;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.billing.payment.domain.PaymentStatus;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Executes the refund requests of billing (credit notes refunded to the card, cancellation settlements) through the
 * gateway the invoice's card payment was made with. Each request is claimed with {@code FOR UPDATE SKIP LOCKED} in a
 * transaction of its own, so two instances never refund it at once, and its idempotency key is derived from the
 * request's id, so a call retried after a 500, a timeout or a rollback reaches the refund the first call made: never a
 * second refund. Because the gateway keeps idempotency keys only for a while (Stripe: 24 hours), a request tried before
 * first asks the gateway for a refund made for it, and takes that one. A failure keeps the request pending with the
 * reason staff read; it is tried again after {@code andes.payments.refund-retry} (default 30 minutes).
 */
@ApplicationScoped
public class CardRefunds implements RefundsAtGateway {

    private static final Logger LOG = Logger.getLogger(CardRefunds.class.getName());

    @Inject
    RefundRequests requests;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentSettlement settlement;

    @Inject
    PaymentGateways gateways;

    @Inject
    TenantBinding binding;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "andes.payments.refund-retry", defaultValue = "PT30M")
    String retryAfter;

    /** One pass of the job: every pending refund request, each in a transaction of its own; how many were made. */
    @ActivateRequestContext
    public int refundPending() {
        int done = 0;
        for (RefundRequests.Request pending : requests.due(clock.instant(), AutoPayments.BATCH)) {
            try {
                done += binding.callAs(pending.tenant(), () -> transactions.requiresNew(() -> refundOnce(pending.id())))
                        ? 1
                        : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Refund " + pending.id() + " of " + pending.tenant() + " failed", e);
            }
        }
        return done;
    }

    /** Asks the gateway of each settled card payment of the invoice (one paid otherwise asks none). */
    @Override
    public Optional<String> madeFor(String invoiceId, String requestId) {
        for (Payment payment : payments.ofInvoice(invoiceId)) {
            boolean settled = payment.status() == PaymentStatus.SUCCEEDED || payment.status() == PaymentStatus.REFUNDED;
            if (!settled || !payment.byCard()) {
                continue;
            }
            Optional<String> made = gateways.byId(payment.gateway())
                    .refundMadeFor(payment.gatewayPaymentId().get(), requestId);
            if (made.isPresent()) {
                return made;
            }
        }
        return Optional.empty();
    }

    /** The gateway's idempotency key of a refund request: one request, one refund. */
    static String idempotencyKey(String requestId) {
        return "andes-refund-" + requestId;
    }

    /** The latest successful card payment that can still give back {@code amount} (more than zero). */
    static Optional<Payment> refundable(List<Payment> payments, BigDecimal amount) {
        return payments.stream()
                .filter(payment -> payment.refundable().signum() > 0)
                .filter(payment -> payment.refundable().compareTo(amount) >= 0)
                .max(Comparator.comparing(Payment::attempt));
    }

    private boolean refundOnce(String id) {
        RefundRequests.Request request = requests.claim(id).orElse(null);
        if (request == null) {
            return false; // done meanwhile, or another instance is refunding it right now
        }
        Payment payment = refundable(payments.ofInvoice(request.invoiceId()), request.amount())
                .orElse(null);
        if (payment == null) {
            failed(
                    id,
                    "La factura " + request.invoiceNumber() + " no tiene un pago con tarjeta que cubra "
                            + request.amount().toPlainString() + " " + request.currency()
                            + "; devuelva por transferencia.");
            return false;
        }
        try {
            PaymentGateway gateway = gateways.byId(payment.gateway());
            String reference = (request.attempts() > 0
                            ? gateway.refundMadeFor(payment.gatewayPaymentId().orElseThrow(), id)
                            : Optional.<String>empty())
                    .orElseGet(() -> gateway.refund(new PaymentGateway.Refund(
                            payment.gatewayPaymentId().orElseThrow(),
                            MinorUnits.of(request.amount(), request.currency()),
                            request.currency(),
                            Map.of(
                                    "tenant",
                                    request.tenant().value(),
                                    "payment",
                                    payment.id(),
                                    PaymentGateway.REFUND_METADATA,
                                    id),
                            idempotencyKey(id))));
            settlement.refundedMore(payment.id(), request.amount());
            return requests.done(id, reference);
        } catch (ProblemException e) {
            failed(id, e.detail(false));
            return false;
        }
    }

    private void failed(String id, String reason) {
        requests.failed(id, reason, clock.instant().plus(Duration.parse(retryAfter)));
    }
}
