package io.andes.billing.payment.application;

import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentMethod;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * Billing staff record a bank transfer received against a tenant's invoice, with the bank's reference: an audited
 * staff access to the tenant. Part of what is owed may be paid; more than what is owed is refused (422).
 */
@ApplicationScoped
public class BankTransfers {

    @Inject
    StaffTenantAccess staff;

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentSettlement settlement;

    @Inject
    PayNow payNow;

    @Inject
    PaymentContext context;

    public PaymentViews.Payment record(TenantId tenant, String number, BigDecimal amount, String reference) {
        return staff.call(tenant, "payment.transfer-recorded", number, "transferencia " + reference, () -> {
            Invoice invoice = InvoiceNumber.parse(number)
                    .flatMap(invoices::lock)
                    .orElseThrow(() -> ProblemException.notFound("la factura " + number, "Invoice " + number));
            BigDecimal owed = payNow.owed(invoice);
            BigDecimal paid = exact(amount, invoice.currency());
            if (paid.compareTo(owed) > 0) {
                throw new ProblemException(
                        ProblemType.UNPROCESSABLE,
                        "La transferencia (" + paid.toPlainString() + ") supera el saldo de la factura ("
                                + owed.toPlainString() + " " + invoice.currency() + "). No se registró nada.",
                        "The transfer (" + paid.toPlainString() + ") exceeds what is owed on the invoice ("
                                + owed.toPlainString() + " " + invoice.currency() + "). Nothing was recorded.",
                        Map.of("reason", "overpayment", "owed", owed.toPlainString()));
            }
            Payment payment = new Payment(
                    new Payment.PayableInvoice(invoice.id(), invoice.number(), invoice.currency()),
                    payments.ofInvoice(invoice.id()).size() + 1,
                    PaymentMethod.TRANSFER,
                    "transfer",
                    paid,
                    context.startedNow());
            payments.add(payment);
            settlement.succeeded(payment.id(), null, reference);
            return PaymentPresenter.view(payments.find(payment.id()).orElseThrow());
        });
    }

    /** A positive amount with no more decimals than the currency has. */
    private static BigDecimal exact(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > digits) {
            throw ProblemException.invalidField(
                    "amount",
                    "debe ser positivo con a lo más " + digits + " decimales",
                    "El monto debe ser positivo, con a lo más " + digits + " decimales en " + currency + ".",
                    "The amount must be positive, with at most " + digits + " decimals in " + currency + ".");
        }
        return amount.setScale(digits);
    }
}
