package io.andes.billing.payment.application;

import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.payment.domain.MinorUnits;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.billing.payment.domain.PaymentStatus;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.store.api.PaidOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Settles the bound tenant's payments in the caller's transaction: the invoice is locked first (the order every
 * payment path follows), then the payment. A success that makes the payments cover the invoice marks it paid and
 * activates the store order it was issued for. Every change is audited; a repeated or late event changes nothing.
 */
@ApplicationScoped
public class PaymentSettlement {

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    PaidOrders orders;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Records a success; answers whether anything changed. */
    public boolean succeeded(String paymentId, String gatewayPaymentId, String reference) {
        return succeeded(paymentId, gatewayPaymentId, reference, clock.instant());
    }

    /** Records a success that happened at {@code at} (a bank transfer received on an earlier day). */
    public boolean succeeded(String paymentId, String gatewayPaymentId, String reference, Instant at) {
        return locked(paymentId)
                .map(payment -> {
                    if (!payment.succeed(gatewayPaymentId, reference, at)) {
                        return false;
                    }
                    audit.record(new AuditEntry(
                            "payment.succeeded",
                            payment.invoiceNumber(),
                            payment.method() + " " + payment.amount().toPlainString() + " " + payment.currency()));
                    settleInvoice(payment.invoiceId());
                    return true;
                })
                .orElse(false);
    }

    /** Records a failure with the reason the buyer is shown; a settled payment stays as it is. */
    public boolean failed(String paymentId, String reason) {
        return locked(paymentId)
                .map(payment -> {
                    boolean changed = payment.fail(reason, clock.instant());
                    if (changed) {
                        audit.record(new AuditEntry("payment.failed", payment.invoiceNumber(), reason));
                    }
                    return changed;
                })
                .orElse(false);
    }

    /** Records that the gateway closed the payment's checkout unpaid; anything but a pending checkout stays as it is. */
    public boolean expired(String paymentId) {
        return locked(paymentId)
                .map(payment -> {
                    boolean changed = payment.expire(clock.instant());
                    if (changed) {
                        audit.record(new AuditEntry("payment.expired", payment.invoiceNumber(), payment.id()));
                    }
                    return changed;
                })
                .orElse(false);
    }

    /** Records the gateway's report that {@code refundedMinor} of the payment went back (null: all of it). */
    public boolean refundedAtGateway(String paymentId, Long refundedMinor) {
        return refunded(
                paymentId,
                payment ->
                        refundedMinor == null ? payment.amount() : MinorUnits.major(refundedMinor, payment.currency()));
    }

    /** Records one more refund of {@code amount} we made through the gateway. */
    public boolean refundedMore(String paymentId, BigDecimal amount) {
        return refunded(paymentId, payment -> payment.refundedAmount().add(amount));
    }

    /** Records the payment's refunded total as {@code total} gives it; a total not above the known one changes nothing. */
    private boolean refunded(String paymentId, Function<Payment, BigDecimal> total) {
        return locked(paymentId)
                .map(payment -> {
                    boolean changed = payment.refundedUpTo(total.apply(payment), clock.instant());
                    if (changed) {
                        audit.record(new AuditEntry(
                                "payment.refunded",
                                payment.invoiceNumber(),
                                payment.id() + " " + payment.refundedAmount().toPlainString() + " "
                                        + payment.currency()));
                    }
                    return changed;
                })
                .orElse(false);
    }

    /** Marks the invoice paid when its successful payments cover it; answers whether it is paid now. */
    boolean settleInvoice(String invoiceId) {
        Invoice invoice = invoices.lockById(invoiceId).orElseThrow();
        if (!invoice.settle(paidSoFar(invoiceId), clock.instant())) {
            return false;
        }
        audit.record(
                new AuditEntry("invoice.paid", invoice.number(), invoice.total().toPlainString()));
        invoice.orderId().ifPresent(orders::activatePaid);
        payments.autoCharge(invoiceId).ifPresent(charge -> charge.paid());
        return true;
    }

    BigDecimal paidSoFar(String invoiceId) {
        return payments.ofInvoice(invoiceId).stream()
                .filter(payment -> payment.status() == PaymentStatus.SUCCEEDED)
                .map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The payment with its invoice locked first, then itself. */
    private Optional<Payment> locked(String paymentId) {
        return payments.find(paymentId).flatMap(found -> {
            invoices.lockById(found.invoiceId());
            return payments.lock(paymentId);
        });
    }
}
