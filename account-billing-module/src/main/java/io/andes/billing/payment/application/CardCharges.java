package io.andes.billing.payment.application;

import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.payment.api.CardPayments;
import io.andes.billing.payment.domain.MinorUnits;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentAccount;
import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.billing.payment.domain.PaymentMethod;
import io.andes.billing.payment.domain.PaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * Charges of the card on file without the buyer (the renewal's automatic payment, urgent support paid now), in the
 * caller's transaction: the payment is recorded, the gateway called with the caller's idempotency key, and the outcome
 * settled (a success that covers the invoice marks it paid).
 */
@ApplicationScoped
public class CardCharges implements CardPayments {

    @Inject
    PaymentRepository payments;

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentSettlement settlement;

    @Inject
    PaymentGateways gateways;

    @Inject
    PaymentContext context;

    @Override
    public boolean paidByCard(String invoiceId) {
        return refundableToCard(invoiceId, BigDecimal.ZERO);
    }

    @Override
    public boolean refundableToCard(String invoiceId, BigDecimal amount) {
        return CardRefunds.refundable(payments.ofInvoice(invoiceId), amount).isPresent();
    }

    @Override
    public boolean cardOnFile() {
        return payments.account().flatMap(PaymentAccount::cardRef).isPresent();
    }

    @Override
    public Charged chargeNow(String invoiceId, String startedBy, String key) {
        Invoice invoice = invoices.lockById(invoiceId).orElseThrow();
        PaymentAccount account = payments.account().orElseThrow();
        return charge(invoice, invoice.total().subtract(settlement.paidSoFar(invoiceId)), account, startedBy, key);
    }

    /** Charges {@code owed} of the (locked) invoice to the account's card under {@code key}; the outcome settled. */
    Charged charge(Invoice invoice, BigDecimal owed, PaymentAccount account, String startedBy, String key) {
        PaymentGateway gateway = gateways.byId(account.gateway());
        Payment payment = new Payment(
                new Payment.PayableInvoice(invoice.id(), invoice.number(), invoice.currency()),
                payments.ofInvoice(invoice.id()).size() + 1,
                gateway.id().equals(PaymentGateways.SANDBOX) ? PaymentMethod.SANDBOX : PaymentMethod.CARD,
                gateway.id(),
                owed,
                new Payment.Started(startedBy, context.now()));
        payments.add(payment);
        PaymentGateway.OffSessionResult result = gateway.chargeSavedCard(
                new PaymentGateway.Charge(
                        account.customerAt(gateway.id()).orElse(null),
                        MinorUnits.of(owed, invoice.currency()),
                        invoice.currency(),
                        "Factura " + invoice.number(),
                        context.metadata(payment),
                        key),
                account.cardRef().orElseThrow());
        if (result.succeeded()) {
            settlement.succeeded(payment.id(), result.paymentId(), null);
        } else {
            settlement.failed(payment.id(), result.failure());
        }
        return new Charged(result.succeeded(), payment.id(), result.failure());
    }
}
