package io.andes.billing.payment.application;

import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.domain.MinorUnits;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.billing.payment.domain.PaymentMethod;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.core.domain.entitlement.IdempotencyKey;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * "Pagar ahora": a hosted checkout for what is still owed on an invoice (a renewal invoice, or the one issued at once
 * for a PAY_NOW store order). The invoice row is locked while the checkout is made, so simultaneous clicks queue and
 * the later ones get the open checkout of the first: one checkout, one charge. The gateway's idempotency key comes
 * from the invoice id and the attempt's number, so a retry after a gateway error or a rollback reaches the same
 * checkout. An open checkout past the gateway's expiry is marked EXPIRED (even before the gateway's event says so) and a
 * new one is opened. Below the gateway's minimum amount nothing is created (422).
 */
@ApplicationScoped
public class PayNow {

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentSettlement settlement;

    @Inject
    PaymentAccounts accounts;

    @Inject
    Transactions transactions;

    @Inject
    PaymentContext context;

    public PaymentViews.Checkout forInvoice(String number, String key) {
        IdempotencyKey.fromHeader(key);
        return transactions.requiresNew(() -> checkout(locked(() -> InvoiceNumber.parse(number)
                .flatMap(invoices::find)
                .orElseThrow(() -> ProblemException.notFound("la factura " + number, "Invoice " + number)))));
    }

    /** Pays the invoice issued for a PAY_NOW store order. */
    public PaymentViews.Checkout forOrder(String number, String key) {
        IdempotencyKey.fromHeader(key);
        return transactions.requiresNew(() -> checkout(locked(() -> context.orderId(number)
                .flatMap(invoices::byOrder)
                .orElseThrow(() -> ProblemException.notFound("el pedido " + number, "Order " + number)))));
    }

    private Invoice locked(Supplier<Invoice> find) {
        return invoices.lockById(find.get().id()).orElseThrow();
    }

    private PaymentViews.Checkout checkout(Invoice invoice) {
        Instant now = context.now();
        BigDecimal owed = owed(invoice);
        List<Payment> earlier = payments.ofInvoice(invoice.id());
        for (Payment open : earlier) {
            if (open.reusableCheckout(now)) {
                return PaymentPresenter.checkout(open);
            }
            if (open.checkoutLapsed(now)) {
                settlement.expired(open.id()); // the gateway has closed it: never offered again
            }
        }
        MinorUnits.requireChargeable(owed, invoice.currency());
        PaymentGateway gateway = context.gateway();
        String customer = accounts.customer(gateway);
        Payment payment = new Payment(
                new Payment.PayableInvoice(invoice.id(), invoice.number(), invoice.currency()),
                earlier.size() + 1,
                gateway.id().equals(PaymentGateways.SANDBOX) ? PaymentMethod.SANDBOX : PaymentMethod.CARD,
                gateway.id(),
                owed,
                context.startedNow());
        PaymentGateway.Checkout checkout = gateway.checkout(
                new PaymentGateway.Charge(
                        customer,
                        MinorUnits.of(owed, invoice.currency()),
                        invoice.currency(),
                        "Factura " + invoice.number(),
                        context.metadata(payment),
                        payment.idempotencyKey("checkout")),
                context.returnUrl("ok"),
                context.returnUrl("cancelado"));
        payment.openedCheckout(checkout.id(), checkout.url(), checkout.expiresAt());
        payments.add(payment);
        context.audit("payment.checkout", invoice.number(), owed.toPlainString() + " " + invoice.currency());
        return PaymentPresenter.checkout(payment);
    }

    /** What is still owed; an invoice paid, voided or covered already is a 409. */
    BigDecimal owed(Invoice invoice) {
        BigDecimal owed = invoice.total().subtract(settlement.paidSoFar(invoice.id()));
        if (!invoice.payable() || owed.signum() <= 0) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La factura " + invoice.number() + " no tiene saldo por pagar (estado " + invoice.status() + ").",
                    "Invoice " + invoice.number() + " has nothing left to pay (status " + invoice.status() + ").",
                    Map.of("reason", "nothing-to-pay"));
        }
        return owed;
    }
}
